/** Errors of the streaming JSON reader, as InputErrors naming episode, session and place. */
import { InputError } from "@/lib/alliance";
import { countNewlines } from "./json-scanner";

export class JsonSyntaxError extends InputError {}

/** Turn a JSON.parse error inside an element into a message naming episode, session and place. */
export function describeParseError(e: unknown, text: string, index: number | null, line: number): InputError {
  const raw = e instanceof Error ? e.message : String(e);
  const pos = /position (\d+)/.exec(raw);
  const at = pos ? Number(pos[1]) : text.length;
  const before = text.slice(0, at);
  const lineInText = countNewlines(before);
  const where = `line ${line + lineInText}, column ${at - before.lastIndexOf("\n")}`;
  const idm = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(text);
  let episodeId: string | null = null;
  if (idm) {
    try {
      episodeId = String(JSON.parse(idm[1]));
    } catch {
      episodeId = null;
    }
  }
  if (episodeId === null && index !== null) episodeId = `#${index + 1}`;
  const numbers = [...before.matchAll(/"number"\s*:\s*(-?\d+)/g)];
  const session = numbers.length ? Number(numbers[numbers.length - 1][1]) : null;
  const detail = raw.replace(/,? in JSON at position \d+.*$/, "").replace(/ \(line \d+ column \d+\)$/, "");
  return new JsonSyntaxError({ episodeId, session }, `malformed JSON at ${where}: ${detail}`);
}
