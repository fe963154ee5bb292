/**
 * `npm run --silent analyze -- FILE [options]`: run the alliance engine over a JSON or CSV file of
 * treatment episodes and print the rupture episodes (JSON, or a readable table).
 *
 * Exit codes: 0 done, 2 bad input or usage (one message on stderr naming episode, session and
 * field), 1 an unexpected internal error (one line, no stack trace).
 */
import { createReadStream, promises as fsp } from "node:fs";
import { once } from "node:events";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import type { Readable } from "node:stream";
import {
  analyzeEpisode,
  checkEpisode,
  DEFAULT_PARAMS,
  dimensionName,
  EngineParamsSchema,
  explainFiring,
  formatNumber,
  InputError,
  resolveParams,
  type EngineParams,
  type EpisodeInput,
  type Locale,
  type RuptureEpisode,
} from "@/lib/alliance";
import { streamCsvEpisodes } from "./csv-stream";
import { streamJsonEpisodes } from "./json-stream";

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

/** Above this input size, a first pass checks the whole file before anything is printed (below it, the output is held until the end). */
export const BUFFER_LIMIT_BYTES = 4 * 1024 * 1024;

export interface Sink {
  write(s: string): void | Promise<void>;
}

export interface Io {
  stdout: Sink;
  stderr: Sink;
  /** Override for tests. */
  bufferLimitBytes?: number;
  stdin?: Readable;
}

/** A sink over a Node stream that respects back-pressure. */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  return {
    write(s: string) {
      if (!stream.write(s)) return once(stream as unknown as NodeJS.EventEmitter, "drain").then(() => undefined);
    },
  };
}

class UsageError extends Error {}
/** A bad --params file: reported without the usage text. */
class ParamsError extends Error {}

interface Options {
  file: string;
  format: "json" | "table";
  locale: Locale;
  asOf: Date;
  input: "json" | "csv" | null;
  allFirings: boolean;
  params: EngineParams;
}

async function readOptions(argv: string[]): Promise<Options | "help"> {
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

async function detectFormat(file: string): Promise<"json" | "csv"> {
  const ext = extname(file).toLowerCase();
  if (ext === ".json") return "json";
  if (ext === ".csv") return "csv";
  const fh = await fsp.open(file, "r");
  try {
    const buf = Buffer.alloc(512);
    const { bytesRead } = await fh.read(buf, 0, 512, 0);
    const head = buf.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "").trimStart();
    return head.startsWith("{") ? "json" : "csv";
  } finally {
    await fh.close();
  }
}

function openInput(file: string, io: Io): Readable {
  if (file === "-") {
    const s = io.stdin ?? process.stdin;
    s.setEncoding("utf8");
    return s;
  }
  return createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 });
}

/** The episodes of the input, one at a time, checked. */
async function* episodes(file: string, format: "json" | "csv", io: Io): AsyncGenerator<EpisodeInput> {
  const input = openInput(file, io);
  try {
    if (format === "csv") {
      for await (const el of streamCsvEpisodes(input)) yield el.value as EpisodeInput;
    } else {
      for await (const el of streamJsonEpisodes(input as AsyncIterable<string>)) yield checkEpisode(el.value, el.index);
    }
  } finally {
    input.destroy();
  }
}

function ruptureJson(r: RuptureEpisode, locale: Locale, allFirings: boolean) {
  const out: Record<string, unknown> = {
    onset: r.onset,
    lastFlagged: r.lastFlagged,
    rules: r.rules.map((f) => ({ ...f, explanation: explainFiring(f, locale) })),
    dimensions: r.dimensions,
    severity: r.severity,
    preRuptureLevel: r.preRuptureLevel,
    status: r.status,
    repairedAt: r.repairedAt,
    closedAt: r.closedAt,
    sessionsToRepair: r.sessionsToRepair,
  };
  if (allFirings) out.firings = r.firings.map((f) => ({ ...f, explanation: explainFiring(f, locale) }));
  return out;
}

const TABLE_TEXT = {
  en: {
    head: ["episode", "onset", "last flag", "status", "repaired", "to repair", "pre-level", "fall", "SDs", "dimensions", "rules"],
    none: "no ruptures",
    status: { open: "open", repaired: "repaired", unrepaired: "unrepaired" },
    session: "session",
    summary: (e: number, s: number, r: number, rep: number, un: number, op: number) =>
      `${e} episode(s), ${s} session(s) read, ${r} rupture(s): ${rep} repaired, ${un} unrepaired, ${op} open`,
  },
  nb: {
    head: ["forløp", "start", "siste flagg", "status", "reparert", "til rep.", "nivå før", "fall", "SD", "dimensjoner", "regler"],
    none: "ingen brudd",
    status: { open: "åpent", repaired: "reparert", unrepaired: "ureparert" },
    session: "time",
    summary: (e: number, s: number, r: number, rep: number, un: number, op: number) =>
      `${e} forløp, ${s} timer lest, ${r} brudd: ${rep} reparert, ${un} ureparert, ${op} åpne`,
  },
} as const;

const WIDTHS = [28, 6, 11, 11, 9, 10, 10, 7, 6, 20];

function cell(s: string, w: number, right: boolean): string {
  if (s.length > w) s = `${s.slice(0, w - 1)}…`;
  return right ? s.padStart(w) : s.padEnd(w);
}

function row(cells: string[]): string {
  return (
    cells
      .map((c, i) => (i < WIDTHS.length ? cell(c, WIDTHS[i], i >= 1 && i <= 8 && i !== 3) : c))
      .join("  ")
      .trimEnd() + "\n"
  );
}

function tableRows(id: string, rs: RuptureEpisode[], locale: Locale): string {
  const t = TABLE_TEXT[locale];
  if (rs.length === 0) return row([id, "", "", t.none]);
  const n = (x: number | null, d = 1) => (x === null ? "–" : formatNumber(x, locale, d));
  const s = (x: number | null) => (x === null ? "–" : String(x));
  let out = "";
  for (const r of rs) {
    out += row([
      id,
      String(r.onset),
      String(r.lastFlagged),
      t.status[r.status],
      s(r.repairedAt),
      s(r.sessionsToRepair),
      n(r.preRuptureLevel),
      n(r.severity.points),
      n(r.severity.sds),
      r.dimensions.map((d) => dimensionName(d, locale)).join(", ") || "–",
      r.rules.map((f) => f.rule).join(", "),
    ]);
    for (const f of r.rules) out += `    ${t.session} ${f.session}: ${explainFiring(f, locale)}\n`;
  }
  return out;
}

/** Run the analysis; resolves to the exit code. */
export async function main(argv: string[], io: Io = { stdout: streamSink(process.stdout), stderr: streamSink(process.stderr) }): Promise<number> {
  let opts: Options | "help";
  const label = (file: string) => (file === "-" ? "stdin" : file);
  try {
    opts = await readOptions(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      await io.stderr.write(`analyze: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof ParamsError) {
      await io.stderr.write(`analyze: ${e.message}\n`);
      return 2;
    }
    await io.stderr.write(`analyze: internal error: ${(e as Error).message}\n`);
    return 1;
  }
  if (opts === "help") {
    await io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const o = opts;
  try {
    let size = 0;
    if (o.file !== "-") size = (await fsp.stat(o.file)).size;
    const format = o.input ?? (o.file === "-" ? "json" : await detectFormat(o.file));
    const limit = io.bufferLimitBytes ?? BUFFER_LIMIT_BYTES;

    // Small input: one pass, output held back until the whole file is known to be good.
    // Large input: a first pass checks everything, the second streams the output.
    const large = o.file !== "-" && size > limit;
    if (large) {
      for await (const e of episodes(o.file, format, io)) analyzeEpisode(e, o.params, o.asOf);
    }
    const held: string[] = [];
    const emit = large || o.file === "-" ? (s: string) => io.stdout.write(s) : (s: string) => void held.push(s);

    let nEpisodes = 0;
    let nSessions = 0;
    const counts = { open: 0, repaired: 0, unrepaired: 0 };
    if (o.format === "json") await emit('{"episodes":[');
    else await emit(row([...TABLE_TEXT[o.locale].head]));
    for await (const e of episodes(o.file, format, io)) {
      const rs = analyzeEpisode(e, o.params, o.asOf);
      nSessions += e.sessions.length;
      for (const r of rs) counts[r.status]++;
      if (o.format === "json") {
        const line = JSON.stringify({ id: e.id, ruptures: rs.map((r) => ruptureJson(r, o.locale, o.allFirings)) });
        await emit(`${nEpisodes === 0 ? "\n" : ",\n"}${line}`);
      } else {
        await emit(tableRows(e.id, rs, o.locale));
      }
      nEpisodes++;
    }
    if (o.format === "json") await emit("\n]}\n");
    else {
      const total = counts.open + counts.repaired + counts.unrepaired;
      await emit(`\n${TABLE_TEXT[o.locale].summary(nEpisodes, nSessions, total, counts.repaired, counts.unrepaired, counts.open)}\n`);
    }
    if (held.length) await io.stdout.write(held.join(""));
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      await io.stderr.write(`analyze: ${label(o.file)}: ${e.message}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (err?.code === "ENOENT" || err?.code === "EISDIR" || err?.code === "EACCES") {
      await io.stderr.write(`analyze: cannot read ${label(o.file)}: ${err.code === "ENOENT" ? "no such file" : err.code}\n`);
      return 2;
    }
    if (err?.code === "EPIPE") return 0;
    await io.stderr.write(`analyze: internal error: ${err?.message ?? String(e)}\n`);
    return 1;
  }
}
