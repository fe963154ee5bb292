import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./prepare-db";

// `npm start`: migrate (and seed the demo on an empty database), build when the sources changed
// since the last build, then serve the production build on PORT (default 3000).
const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "instrumentation-client.ts", "next.config.ts", "package-lock.json", "tsconfig.json", "prisma/schema.prisma"];
const DIST = process.env.NEXT_DIST_DIR || ".next";
const STAMP = path.join(DIST, "bordin-source-hash");

function sourceHash(): string {
  const hash = createHash("sha256");
  const visit = (p: string) => {
    if (!existsSync(p) || p.includes(`lib${path.sep}generated`)) return;
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) visit(path.join(p, name));
    else hash.update(p).update(readFileSync(p));
  };
  SOURCES.forEach(visit);
  return hash.digest("hex");
}

await prepareDatabase();
process.env.NEXT_TELEMETRY_DISABLED = "1";
const hash = sourceHash();
const built = existsSync(path.join(DIST, "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === hash;
if (!built) {
  console.log("Building Bordin (about a minute the first time)…");
  const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(STAMP, hash);
}
const port = process.env.PORT || "3000";
console.log(`Bordin is starting on http://localhost:${port}`);
// Run next directly (not through npx) so signals reach the server itself.
const server = spawn("node_modules/.bin/next", ["start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
