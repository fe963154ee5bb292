import { spawnSync } from "node:child_process";
import { copyFileSync, lstatSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// `npm start` and the Prisma CLI with a DATABASE_URL this version cannot use: they must stop with
// one line on stderr and create nothing. `mysql://x` used to leave a folder `mysql:` (holding a
// SQLite file `x`) and `data/auth-secret` behind. Each run happens in a scratch working directory
// that links to the repository's code, so anything created relative to the working directory shows
// up in its listing.
const repo = path.resolve(import.meta.dirname, "..", "..");
let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(path.join(tmpdir(), "bordin-url-"));
  for (const dir of ["lib", "prisma", "scripts", "node_modules"]) symlinkSync(path.join(repo, dir), path.join(cwd, dir));
  for (const file of ["package.json", "tsconfig.json", "prisma.config.ts"]) copyFileSync(path.join(repo, file), path.join(cwd, file));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** Every path under the scratch directory, without following the links into the repository. */
function listing(dir = cwd, prefix = ""): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const rel = path.join(prefix, name);
    const stat = lstatSync(path.join(dir, name));
    return stat.isDirectory() && !stat.isSymbolicLink() ? [rel, ...listing(path.join(dir, name), rel)] : [rel];
  });
}

function run(command: string, args: string[], url: string) {
  // No NEXTAUTH_SECRET: were start-up to get that far, it would create data/auth-secret.
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? cwd, NODE_ENV: "production" as const, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" };
  const before = listing();
  const result = spawnSync(path.join("node_modules", ".bin", command), args, { cwd, env, encoding: "utf8", timeout: 90_000 });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim(), before, after: listing() };
}

describe("start-up with an unsupported DATABASE_URL", () => {
  it.each([
    ["mysql://x", 'DATABASE_URL scheme "mysql:" is not supported; supported: file: (SQLite, e.g. file:./data/bordin.db).'],
    ["http://example.org/bordin.db", 'DATABASE_URL scheme "http:" is not supported; supported: file: (SQLite, e.g. file:./data/bordin.db).'],
    ["data/bordin.db", "DATABASE_URL has no scheme (put file: before a SQLite path); supported: file: (SQLite, e.g. file:./data/bordin.db)."],
    ["postgresql://bordin:secret@localhost/bordin", "DATABASE_URL: PostgreSQL (postgresql://) is not yet supported by this version of Bordin; supported: file: (SQLite, e.g. file:./data/bordin.db)."],
  ])("tsx scripts/start.ts with %s exits non-zero with one line and creates nothing", (url, line) => {
    const { status, stderr, stdout, before, after } = run("tsx", ["scripts/start.ts"], url);
    expect(status).not.toBe(0);
    expect(status).not.toBeNull(); // ended by itself, not by the timeout
    expect(stderr).toBe(line);
    expect(stdout).toBe("");
    expect(after).toEqual(before);
  });

  it("prisma migrate deploy with mysql://x fails naming the supported scheme and creates nothing", () => {
    const { status, stderr, before, after } = run("prisma", ["migrate", "deploy"], "mysql://x");
    expect(status).not.toBe(0);
    expect(stderr).toContain('DATABASE_URL scheme "mysql:" is not supported; supported: file:');
    expect(stderr).not.toContain("binaries.prisma.sh"); // not the offline engine download it used to try
    expect(after).toEqual(before);
  });
});
