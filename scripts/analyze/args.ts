/**
 * The analyze command's usage text and command-line options, including the --params file.
 * Errors here are reported by main (cli.ts): UsageError with the usage text, ParamsError without.
 */
import { promises as fsp } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_PARAMS, EngineParamsSchema, resolveParams, type EngineParams, type Locale } from "@/lib/alliance";

export const USAGE = `Usage: npm run --silent analyze -- FILE [options]

FILE is JSON ({"episodes":[{"id","ended","sessions":[{"number","bond","goals","tasks",
"difficulty","talkedAbout","marker","markerDimension"}]}]}) or CSV with one row per session
(episode_id,ended,number,bond,goals,tasks,difficulty,talked_about,marker,marker_dimension).
Use - to read standard input.

Options:
  --format json|table   output format (default json)
  --params FILE         JSON file overriding the engine's defaults, e.g. {"cutoff":75,"window":6}
  --locale en|nb        language of the explanations (default en)
  --as-of DATE          treat DATE as "now" (default: the current time)
  --input json|csv      input format (default: from the file name, else from its first character)
  --all-firings         also list every firing of each rupture, not just the first of each rule
  -h, --help            show this help

Exit codes: 0 ok, 2 bad input or usage, 1 internal error.`;

/** A bad command line: reported with the usage text. */
export class UsageError extends Error {}
/** A bad --params file: reported without the usage text. */
export class ParamsError extends Error {}

export interface Options {
  file: string;
  format: "json" | "table";
  locale: Locale;
  asOf: Date;
  input: "json" | "csv" | null;
  allFirings: boolean;
  params: EngineParams;
}

/** The options of a command line, or "help" for -h / --help. */
export async function readOptions(argv: string[]): Promise<Options | "help"> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        params: { type: "string" },
        locale: { type: "string" },
        "as-of": { type: "string" },
        input: { type: "string" },
        "all-firings": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  if (v.help) return "help";
  if (parsed.positionals.length !== 1) {
    throw new UsageError(parsed.positionals.length === 0 ? "no FILE given" : "give exactly one FILE");
  }
  const format = v.format ?? "json";
  if (format !== "json" && format !== "table") throw new UsageError(`--format must be json or table, not ${JSON.stringify(format)}`);
  const locale = v.locale ?? "en";
  if (locale !== "en" && locale !== "nb") throw new UsageError(`--locale must be en or nb, not ${JSON.stringify(locale)}`);
  const input = v.input ?? null;
  if (input !== null && input !== "json" && input !== "csv") throw new UsageError(`--input must be json or csv, not ${JSON.stringify(input)}`);
  let asOf = new Date();
  if (v["as-of"] !== undefined) {
    asOf = new Date(v["as-of"]);
    if (Number.isNaN(asOf.getTime())) throw new UsageError(`--as-of ${JSON.stringify(v["as-of"])} is not a date`);
  }
  let params: EngineParams = resolveParams(DEFAULT_PARAMS);
  if (v.params !== undefined) params = await readParams(v.params);
  return {
    file: parsed.positionals[0],
    format,
    locale,
    asOf,
    input,
    allFirings: v["all-firings"] === true,
    params,
  };
}

/** The engine parameters of a --params file: defaults overridden by its fields, checked. */
async function readParams(file: string): Promise<EngineParams> {
  let text: string;
  try {
    text = await fsp.readFile(file, "utf8");
  } catch (e) {
    throw new ParamsError(`cannot read --params file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ParamsError(`--params file ${file} is not valid JSON: ${(e as Error).message}`);
  }
  const r = EngineParamsSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const field = issue.path.length ? `field "${issue.path.join(".")}": ` : "";
    throw new ParamsError(`--params file ${file}: ${field}${issue.message}`);
  }
  return resolveParams(r.data);
}
