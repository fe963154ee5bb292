/**
 * `npm run --silent analyze -- FILE [options]`: run the alliance engine over a JSON or CSV file of
 * treatment episodes and print the rupture episodes (JSON, or a readable table).
 *
 * Exit codes: 0 done, 2 bad input or usage (one message on stderr naming episode, session and
 * field), 1 an unexpected internal error (one line, no stack trace).
 *
 * Options and usage: args.ts; input and output streams: io.ts; JSON and table output: output-format.ts.
 */
import { promises as fsp } from "node:fs";
import { analyzeEpisode, InputError } from "@/lib/alliance";
import { ParamsError, readOptions, UsageError, USAGE, type Options } from "./args";
import { detectFormat, readEpisodes, streamSink, type Io } from "./io";
import { row, ruptureJson, tableRows, TABLE_TEXT } from "./output-format";

export { USAGE } from "./args";
export { streamSink, type Io, type Sink } from "./io";

/** Above this input size, a first pass checks the whole file before anything is printed (below it, the output is held until the end). */
export const BUFFER_LIMIT_BYTES = 4 * 1024 * 1024;

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
      for await (const e of readEpisodes(o.file, format, io)) analyzeEpisode(e, o.params, o.asOf);
    }
    const held: string[] = [];
    const emit = large || o.file === "-" ? (s: string) => io.stdout.write(s) : (s: string) => void held.push(s);

    let nEpisodes = 0;
    let nSessions = 0;
    const counts = { open: 0, repaired: 0, unrepaired: 0 };
    if (o.format === "json") await emit('{"episodes":[');
    else await emit(row([...TABLE_TEXT[o.locale].head]));
    for await (const e of readEpisodes(o.file, format, io)) {
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
