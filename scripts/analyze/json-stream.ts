/**
 * Streaming reader for `{"episodes":[{…},{…},…]}`: yields one parsed episode at a time, so memory
 * stays flat however large the file. The top level is checked by a small state machine; each
 * episode (and any other top-level value) is cut out of the text and handed to JSON.parse.
 * Character scanning: json-scanner.ts; error messages: json-errors.ts.
 */
import { describeParseError, JsonSyntaxError } from "./json-errors";
import {
  BACKSLASH,
  COLON,
  COMMA,
  countNewlines,
  isWs,
  LBRACE,
  LBRACKET,
  QUOTE,
  RBRACE,
  RBRACKET,
  showChar,
  ValueCapture,
} from "./json-scanner";

export { JsonSyntaxError } from "./json-errors";

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

/** Read the episodes of a JSON document from text chunks. */
export async function* streamJsonEpisodes(chunks: AsyncIterable<string>): AsyncGenerator<JsonElement> {
  let st: St = St.TopStart;
  let key = "";
  let keyParts: string[] = [];
  let keyEscape = false;
  let sawEpisodes = false;
  let index = 0;

  // The value being cut out of the text, if any (cap.active).
  const cap = new ValueCapture();

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
    const text = cap.take(chunk, end);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw describeParseError(e, text, cap.isElement ? index : null, cap.line);
    }
    if (!cap.isElement) return null;
    return { value, index: index++, line: cap.line };
  };

  for await (const c of chunks) {
    chunk = c;
    countedTo = 0;
    countedLines = 0;
    const len = chunk.length;
    let i = 0;
    while (i < len) {
      if (cap.active) {
        // Scan to the end of the captured value.
        const end = cap.scan(chunk, i);
        if (end === -1) break;
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
          i += cap.begin(chunk, i, false, lineAt(i));
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
          i += cap.begin(chunk, i, true, lineAt(i));
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
    if (cap.active) cap.carry(chunk);
    lineBase += countNewlines(chunk);
  }
  // A scalar that runs to the end of the input.
  if (cap.active && cap.scalar) {
    chunk = "";
    const el = finishCapture(0);
    st = st === St.Value ? St.AfterValue : St.AfterElem;
    if (el) yield el;
  }
  if (st !== St.Done) {
    throw new JsonSyntaxError({}, `malformed JSON: the document ends early (line ${lineBase})`);
  }
  if (!sawEpisodes) throw new JsonSyntaxError({}, 'no "episodes" list in the document');
}
