/**
 * Streaming reader for `{"episodes":[{…},{…},…]}`: yields one parsed episode at a time, so memory
 * stays flat however large the file. The top level is checked by a small state machine; each
 * episode (and any other top-level value) is cut out of the text and handed to JSON.parse.
 */
import { InputError } from "@/lib/alliance";

export interface JsonElement {
  value: unknown;
  /** 0-based position in the episodes list. */
  index: number;
  /** 1-based line where the element starts. */
  line: number;
}

const enum St {
  TopStart,
  TopKeyOrEnd,
  TopKey,
  InKey,
  Colon,
  Value,
  AfterValue,
  ArrFirst,
  ArrElem,
  AfterElem,
  Done,
}

const WS_SPACE = 32,
  WS_TAB = 9,
  WS_LF = 10,
  WS_CR = 13;
const QUOTE = 34,
  BACKSLASH = 92,
  LBRACE = 123,
  RBRACE = 125,
  LBRACKET = 91,
  RBRACKET = 93,
  COMMA = 44,
  COLON = 58;

function isWs(c: number): boolean {
  return c === WS_SPACE || c === WS_LF || c === WS_CR || c === WS_TAB || c === 0xfeff;
}

/** A compact description of a character for messages. */
function showChar(c: number): string {
  return c === WS_LF ? "end of line" : JSON.stringify(String.fromCharCode(c));
}

export class JsonSyntaxError extends InputError {}

/** Read the episodes of a JSON document from text chunks. */
export async function* streamJsonEpisodes(chunks: AsyncIterable<string>): AsyncGenerator<JsonElement> {
  let st: St = St.TopStart;
  let key = "";
  let keyParts: string[] = [];
  let keyEscape = false;
  let sawEpisodes = false;
  let index = 0;

  // Capture of one value.
  let capturing = false;
  let capIsElement = false;
  let capParts: string[] = [];
  let capStart = 0;
  let capDepth = 0;
  let capInString = false;
  let capEscape = false;
  let capScalar = false;
  let capLine = 1;

  // Line tracking: lines before the current chunk, and newlines counted up to `countedTo` in it.
  let lineBase = 1;
  let countedTo = 0;
  let countedLines = 0;
  let chunk = "";
  const lineAt = (i: number): number => {
    if (i < countedTo) {
      countedTo = 0;
      countedLines = 0;
    }
    let p = chunk.indexOf("\n", countedTo);
    while (p !== -1 && p < i) {
      countedLines++;
      p = chunk.indexOf("\n", p + 1);
    }
    countedTo = i;
    return lineBase + countedLines;
  };
  const columnAt = (i: number): number => {
    const nl = chunk.lastIndexOf("\n", i - 1);
    return i - nl;
  };
  const fail = (i: number, what: string): never => {
    throw new JsonSyntaxError({}, `malformed JSON at line ${lineAt(i)}, column ${columnAt(i)}: ${what}`);
  };

  const finishCapture = (end: number): JsonElement | null => {
    capParts.push(chunk.slice(capStart, end));
    const text = capParts.length === 1 ? capParts[0] : capParts.join("");
    capParts = [];
    capturing = false;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw describeParseError(e, text, capIsElement ? index : null, capLine);
    }
    if (!capIsElement) return null;
    return { value, index: index++, line: capLine };
  };

  for await (const c of chunks) {
    chunk = c;
    countedTo = 0;
    countedLines = 0;
    const len = chunk.length;
    let i = 0;
    while (i < len) {
      if (capturing) {
        // Scan to the end of the captured value.
        let end = -1;
        if (capInString) {
          for (; i < len; i++) {
            const ch = chunk.charCodeAt(i);
            if (capEscape) capEscape = false;
            else if (ch === BACKSLASH) capEscape = true;
            else if (ch === QUOTE) {
              capInString = false;
              i++;
              break;
            }
          }
          if (capInString) break;
          if (capDepth === 0) end = i;
        }
        if (end === -1 && capScalar) {
          for (; i < len; i++) {
            const ch = chunk.charCodeAt(i);
            if (ch === COMMA || ch === RBRACE || ch === RBRACKET || isWs(ch)) {
              end = i;
              break;
            }
          }
          if (end === -1) break;
        }
        if (end === -1) {
          for (; i < len; i++) {
            const ch = chunk.charCodeAt(i);
            if (capInString) {
              if (capEscape) capEscape = false;
              else if (ch === BACKSLASH) capEscape = true;
              else if (ch === QUOTE) capInString = false;
            } else if (ch === QUOTE) capInString = true;
            else if (ch === LBRACE || ch === LBRACKET) capDepth++;
            else if (ch === RBRACE || ch === RBRACKET) {
              capDepth--;
              if (capDepth === 0) {
                end = i + 1;
                i++;
                break;
              }
            }
          }
          if (end === -1) break;
        }
        const el = finishCapture(end);
        i = end;
        st = el ? St.AfterElem : st === St.Value ? St.AfterValue : St.AfterElem;
        if (el) yield el;
        continue;
      }

      const ch = chunk.charCodeAt(i);
      if (st === St.InKey) {
        const start = i;
        for (; i < len; i++) {
          const k = chunk.charCodeAt(i);
          if (keyEscape) keyEscape = false;
          else if (k === BACKSLASH) keyEscape = true;
          else if (k === QUOTE) break;
        }
        keyParts.push(chunk.slice(start, i));
        if (i < len) {
          try {
            key = JSON.parse(`"${keyParts.join("")}"`);
          } catch {
            fail(i, "bad key");
          }
          keyParts = [];
          st = St.Colon;
          i++;
        }
        continue;
      }
      if (isWs(ch)) {
        i++;
        continue;
      }
      switch (st) {
        case St.TopStart:
          if (ch !== LBRACE) fail(i, `expected "{" at the start, found ${showChar(ch)}`);
          st = St.TopKeyOrEnd;
          break;
        case St.TopKeyOrEnd:
        case St.TopKey:
          if (ch === QUOTE) {
            st = St.InKey;
            keyParts = [];
          } else if (ch === RBRACE && st === St.TopKeyOrEnd) st = St.Done;
          else fail(i, `expected a key, found ${showChar(ch)}`);
          break;
        case St.Colon:
          if (ch !== COLON) fail(i, `expected ":" after "${key}", found ${showChar(ch)}`);
          st = St.Value;
          break;
        case St.Value:
          if (key === "episodes") {
            if (ch !== LBRACKET) fail(i, `"episodes" must be a list, found ${showChar(ch)}`);
            sawEpisodes = true;
            st = St.ArrFirst;
            break;
          }
          i += startCapture(i, false);
          continue;
        case St.AfterValue:
          if (ch === COMMA) st = St.TopKey;
          else if (ch === RBRACE) st = St.Done;
          else fail(i, `expected "," or "}", found ${showChar(ch)}`);
          break;
        case St.ArrFirst:
        case St.ArrElem:
          if (ch === RBRACKET && st === St.ArrFirst) {
            st = St.AfterValue;
            break;
          }
          if (ch === RBRACKET || ch === COMMA || ch === RBRACE || ch === COLON) fail(i, `expected an episode, found ${showChar(ch)}`);
          i += startCapture(i, true);
          continue;
        case St.AfterElem:
          if (ch === COMMA) st = St.ArrElem;
          else if (ch === RBRACKET) st = St.AfterValue;
          else fail(i, `expected "," or "]" after episode #${index}, found ${showChar(ch)}`);
          break;
        case St.Done:
          fail(i, `unexpected ${showChar(ch)} after the end of the document`);
      }
      i++;
    }
    if (capturing) {
      capParts.push(chunk.slice(capStart));
      capStart = 0;
    }
    lineBase += countNewlines(chunk);
  }
  // A scalar that runs to the end of the input.
  if (capturing && capScalar) {
    chunk = "";
    const el = finishCapture(0);
    st = st === St.Value ? St.AfterValue : St.AfterElem;
    if (el) yield el;
  }
  if (st !== St.Done) {
    throw new JsonSyntaxError({}, `malformed JSON: the document ends early (line ${lineBase})`);
  }
  if (!sawEpisodes) throw new JsonSyntaxError({}, 'no "episodes" list in the document');

  /** Begin capturing the value starting at i; returns how many characters it consumed. */
  function startCapture(i: number, element: boolean): number {
    const ch = chunk.charCodeAt(i);
    capturing = true;
    capIsElement = element;
    capStart = i;
    capParts = [];
    capLine = lineAt(i);
    capEscape = false;
    capScalar = false;
    capInString = false;
    capDepth = 0;
    if (ch === QUOTE) {
      capInString = true;
      return 1;
    }
    if (ch === LBRACE || ch === LBRACKET) {
      capDepth = 1;
      return 1;
    }
    capScalar = true;
    return 0;
  }
}

function countNewlines(s: string): number {
  let n = 0;
  let p = s.indexOf("\n");
  while (p !== -1) {
    n++;
    p = s.indexOf("\n", p + 1);
  }
  return n;
}

/** Turn a JSON.parse error inside an element into a message naming episode, session and place. */
function describeParseError(e: unknown, text: string, index: number | null, line: number): InputError {
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
