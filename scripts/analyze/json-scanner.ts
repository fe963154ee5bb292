/**
 * The character level of the streaming JSON reader: character codes, and ValueCapture, which finds
 * where one JSON value ends (across chunks, without parsing it) and collects its text for JSON.parse.
 */

export const WS_SPACE = 32,
  WS_TAB = 9,
  WS_LF = 10,
  WS_CR = 13;
export const QUOTE = 34,
  BACKSLASH = 92,
  LBRACE = 123,
  RBRACE = 125,
  LBRACKET = 91,
  RBRACKET = 93,
  COMMA = 44,
  COLON = 58;

export function isWs(c: number): boolean {
  return c === WS_SPACE || c === WS_LF || c === WS_CR || c === WS_TAB || c === 0xfeff;
}

/** A compact description of a character for messages. */
export function showChar(c: number): string {
  return c === WS_LF ? "end of line" : JSON.stringify(String.fromCharCode(c));
}

export function countNewlines(s: string): number {
  let n = 0;
  let p = s.indexOf("\n");
  while (p !== -1) {
    n++;
    p = s.indexOf("\n", p + 1);
  }
  return n;
}

/** Capture of one value (an episode, or any other top-level value), possibly spanning chunks. */
export class ValueCapture {
  active = false;
  /** An element of the episodes list (else another top-level value, parsed only to check it). */
  isElement = false;
  /** A number, true, false or null: it ends at the next delimiter or at the end of the input. */
  scalar = false;
  /** 1-based line where the value starts. */
  line = 1;
  private parts: string[] = [];
  private start = 0;
  private depth = 0;
  private inString = false;
  private escape = false;

  /** Begin capturing the value starting at chunk[i]; returns how many characters it consumed. */
  begin(chunk: string, i: number, element: boolean, line: number): number {
    const ch = chunk.charCodeAt(i);
    this.active = true;
    this.isElement = element;
    this.start = i;
    this.parts = [];
    this.line = line;
    this.escape = false;
    this.scalar = false;
    this.inString = false;
    this.depth = 0;
    if (ch === QUOTE) {
      this.inString = true;
      return 1;
    }
    if (ch === LBRACE || ch === LBRACKET) {
      this.depth = 1;
      return 1;
    }
    this.scalar = true;
    return 0;
  }

  /** Scan the chunk from i to the end of the value: the index just past it, or -1 if it goes on past the chunk. */
  scan(chunk: string, i: number): number {
    const len = chunk.length;
    let end = -1;
    if (this.inString) {
      for (; i < len; i++) {
        const ch = chunk.charCodeAt(i);
        if (this.escape) this.escape = false;
        else if (ch === BACKSLASH) this.escape = true;
        else if (ch === QUOTE) {
          this.inString = false;
          i++;
          break;
        }
      }
      if (this.inString) return -1;
      if (this.depth === 0) end = i;
    }
    if (end === -1 && this.scalar) {
      for (; i < len; i++) {
        const ch = chunk.charCodeAt(i);
        if (ch === COMMA || ch === RBRACE || ch === RBRACKET || isWs(ch)) {
          end = i;
          break;
        }
      }
      if (end === -1) return -1;
    }
    if (end === -1) {
      for (; i < len; i++) {
        const ch = chunk.charCodeAt(i);
        if (this.inString) {
          if (this.escape) this.escape = false;
          else if (ch === BACKSLASH) this.escape = true;
          else if (ch === QUOTE) this.inString = false;
        } else if (ch === QUOTE) this.inString = true;
        else if (ch === LBRACE || ch === LBRACKET) this.depth++;
        else if (ch === RBRACE || ch === RBRACKET) {
          this.depth--;
          if (this.depth === 0) {
            end = i + 1;
            break;
          }
        }
      }
    }
    return end;
  }

  /** The value goes on in the next chunk: keep the rest of this one. */
  carry(chunk: string): void {
    this.parts.push(chunk.slice(this.start));
    this.start = 0;
  }

  /** The value's whole text, ending at `end` in the chunk; the capture is over. */
  take(chunk: string, end: number): string {
    this.parts.push(chunk.slice(this.start, end));
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    this.parts = [];
    this.active = false;
    return text;
  }
}
