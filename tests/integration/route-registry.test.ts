import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROUTES } from "@/lib/route-registry";

// The registry must name every way into the app: a page, a route handler method or a server action
// that is not in it would escape the access-matrix, audit and fuzz tests that are generated from it.
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [path.relative(ROOT, full).split(path.sep).join("/")];
  });
}

/** Every entry point the app/ folder defines, in the registry's terms. */
function discovered(): string[] {
  const found: string[] = [];
  for (const file of walk(path.join(ROOT, "app"))) {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    const name = file.split("/").at(-1);
    if (name === "page.tsx") found.push(`page ${file}`);
    if (name === "route.ts") {
      for (const m of METHODS) {
        const exported = new RegExp(`export\\s+(async\\s+)?(function|const)\\s+${m}\\b|\\bas\\s+${m}\\b`).test(source);
        if (exported) found.push(`route ${file} ${m}`);
      }
    }
    if (/^\s*["']use server["']/.test(source)) {
      for (const match of source.matchAll(/export\s+(?:async\s+function|const)\s+(\w+)/g)) found.push(`action ${file} ${match[1]}`);
    }
  }
  return found.sort();
}

/** A page answered by a route handler (the patient's pages, decision 0009) is that file's GET. */
const pageEntry = (file: string) => (file.endsWith("/route.ts") ? `route ${file} GET` : `page ${file}`);
const registered = () =>
  ROUTES.map((r) => (r.kind === "page" ? pageEntry(r.file) : r.kind === "route" ? `route ${r.file} ${r.method}` : `action ${r.file} ${r.action}`)).sort();

describe("route registry", () => {
  it("lists every page, route handler method and server action under app/, and nothing else", () => {
    expect(registered()).toEqual(discovered());
  });

  it("has no duplicate entries", () => {
    expect(new Set(registered()).size).toBe(ROUTES.length);
  });

  it("puts every route whose path names a record under a rule for that record", () => {
    const missing = ROUTES.filter((r) => r.path.includes("[id]") && r.audience.who === "roles" && !r.audience.on);
    expect(missing.map((r) => `${r.kind} ${r.path} ${r.method ?? r.action ?? ""}`)).toEqual([]);
  });
});
