import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./prepare-db";
import { configuredTrust, serveUntilSignal } from "./serve";

// `npm start`: migrate (and seed the demo on an empty database), build when the sources changed
// since the last build, then serve the production build on PORT (default 3000) with Bordin's own
// server (scripts/serve.ts), which works out the client's address.
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

configuredTrust();
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
// In this process (no child to orphan): SIGINT and SIGTERM stop the server itself.
await serveUntilSignal(false);
