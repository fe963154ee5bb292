/**
 * Streaming CSV reader: one row per session, the rows of an episode together, e.g.
 *   episode_id,ended,number,bond,goals,tasks,difficulty,talked_about,marker,marker_dimension
 * Yields one episode at a time (memory stays flat). Columns may come in any order; camelCase
 * names (talkedAbout, markerDimension, episodeId) are accepted too; unknown columns are ignored.
 */
import type { Readable } from "node:stream";
import { parse, CsvError } from "csv-parse";
import { checkEpisode, InputError } from "@/lib/alliance";

export class CsvSyntaxError extends InputError {}

const CSV_FIELD: Record<string, string> = { talkedAbout: "talked_about", markerDimension: "marker_dimension" };

/** checkEpisode, with field names as the CSV columns spell them. */
function checkCsvEpisode(value: unknown, index: number): void {
  try {
    checkEpisode(value, index);
  } catch (e) {
    if (e instanceof InputError && e.field !== null && e.field in CSV_FIELD) {
      throw new CsvSyntaxError({ episodeId: e.episodeId, session: e.session, field: CSV_FIELD[e.field] }, e.problem);
    }
    throw e;
  }
}

const CANONICAL: Record<string, string> = {
  episode_id: "episode_id",
  episodeid: "episode_id",
  episode: "episode_id",
  id: "episode_id",
  ended: "ended",
  number: "number",
  session: "number",
  session_number: "number",
  bond: "bond",
  goals: "goals",
  tasks: "tasks",
  difficulty: "difficulty",
  talked_about: "talked_about",
  talkedabout: "talked_about",
  marker: "marker",
  marker_dimension: "marker_dimension",
  markerdimension: "marker_dimension",
  date: "date",
};

function canonical(header: string): string {
  const h = header.trim().toLowerCase().replace(/[\s-]+/g, "_");
  return CANONICAL[h] ?? CANONICAL[h.replace(/_/g, "")] ?? `?${header}`;
}

const TRUE = new Set(["true", "1", "yes", "y", "ja"]);
const FALSE = new Set(["false", "0", "no", "n", "nei"]);

interface Pending {
  id: string;
  ended: boolean | null;
  sessions: Record<string, unknown>[];
  index: number;
}

const FIELDS = [
  "episode_id",
  "ended",
  "number",
  "bond",
  "goals",
  "tasks",
  "difficulty",
  "talked_about",
  "marker",
  "marker_dimension",
  "date",
] as const;

/** Read episodes from a CSV stream. Line numbers count the header as line 1 (as a spreadsheet does). */
export async function* streamCsvEpisodes(input: Readable): AsyncGenerator<{ value: unknown; index: number; line: number }> {
  // Records as arrays (much faster than csv-parse's `columns`); the header is mapped here.
  const parser = input.pipe(parse({ bom: true, skip_empty_lines: true }));
  input.on("error", (e) => parser.destroy(e));
  const col: Record<(typeof FIELDS)[number], number> = Object.fromEntries(FIELDS.map((f) => [f, -1])) as never;
  const get = (rec: string[], f: (typeof FIELDS)[number]): string => {
    const i = col[f];
    return i < 0 ? "" : rec[i].trim();
  };
  let line = 0;

  let pending: Pending | null = null;
  const done = new Set<string>();
  let index = 0;
  let checkedHeader = false;

  const flush = (p: Pending) => {
    done.add(p.id);
    return { value: { id: p.id, ended: p.ended ?? false, sessions: p.sessions }, index: p.index, line: 0 };
  };

  try {
    for await (const rec of parser as AsyncIterable<string[]>) {
      line++;
      if (!checkedHeader) {
        checkedHeader = true;
        rec.forEach((h, i) => {
          const f = canonical(h) as (typeof FIELDS)[number];
          if (f in col && col[f] === -1) col[f] = i;
        });
        for (const need of ["episode_id", "number"] as const) {
          if (col[need] === -1) throw new CsvSyntaxError({ field: need }, `the CSV header has no "${need}" column`);
        }
        continue;
      }
      const id = get(rec, "episode_id");
      if (!id) throw new CsvSyntaxError({ field: "episode_id" }, `empty episode_id on line ${line}`);
      const numberText = get(rec, "number");
      const number = /^\d+$/.test(numberText) ? Number(numberText) : NaN;
      if (Number.isNaN(number)) {
        throw new CsvSyntaxError(
          { episodeId: id, field: "number" },
          `session number ${JSON.stringify(numberText)} on line ${line} is not a whole number ≥ 0`,
        );
      }

      if (pending === null || pending.id !== id) {
        if (pending !== null) {
          const ep = flush(pending);
          checkCsvEpisode(ep.value, ep.index);
          yield ep;
        }
        if (done.has(id)) {
          throw new CsvSyntaxError(
            { episodeId: id, session: number, field: "episode_id" },
            `this episode's rows are not together (line ${line} comes after rows of another episode); sort the file by episode_id`,
          );
        }
        pending = { id, ended: null, sessions: [], index: index++ };
      }

      const ended = get(rec, "ended");
      if (ended !== "") {
        const v = ended.toLowerCase();
        const b = TRUE.has(v) ? true : FALSE.has(v) ? false : null;
        if (b === null) {
          throw new CsvSyntaxError({ episodeId: id, session: number, field: "ended" }, `${JSON.stringify(ended)} is not true or false`);
        }
        if (pending.ended !== null && pending.ended !== b) {
          throw new CsvSyntaxError({ episodeId: id, session: number, field: "ended" }, "differs from an earlier row of the same episode");
        }
        pending.ended = b;
      }

      const s: Record<string, unknown> = { number };
      for (const f of ["bond", "goals", "tasks"] as const) {
        const t = get(rec, f);
        if (t === "") continue;
        const v = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : NaN;
        if (Number.isNaN(v)) {
          throw new CsvSyntaxError({ episodeId: id, session: number, field: f }, `${JSON.stringify(t)} is not a number (0–100 or empty)`);
        }
        s[f] = v;
      }
      let t = get(rec, "difficulty");
      if (t) s.difficulty = t;
      t = get(rec, "talked_about");
      if (t) s.talkedAbout = t;
      t = get(rec, "marker");
      if (t) s.marker = t;
      t = get(rec, "marker_dimension");
      if (t) s.markerDimension = t;
      t = get(rec, "date");
      if (t) s.date = t;
      pending.sessions.push(s);
    }
  } catch (e) {
    if (e instanceof CsvError) {
      const line = (e as CsvError & { lines?: number }).lines;
      const where = pending ? { episodeId: pending.id } : {};
      const msg = e.message
        .replace(/^Invalid Record Length: expect (\d+), got (\d+) on line \d+$/, "expected $1 columns, got $2").replace(/^Quote Not Closed: the parsing is finished with an opening quote at line \d+$/, "a quote is not closed");
      throw new CsvSyntaxError(where, `malformed CSV${line ? ` at line ${line}` : ""}: ${msg}`);
    }
    throw e;
  }
  if (pending !== null) {
    const ep = flush(pending);
    checkCsvEpisode(ep.value, ep.index);
    yield ep;
  }
}
