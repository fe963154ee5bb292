/**
 * A problem with the engine's input, naming where it is: episode, session and field.
 * The analyze CLI prints `message` (one line) and exits with code 2.
 */
export class InputError extends Error {
  readonly episodeId: string | null;
  readonly session: number | null;
  readonly field: string | null;
  /** The problem itself, without the location ("120 is outside 0–100"). */
  readonly problem: string;

  constructor(where: { episodeId?: string | null; session?: number | null; field?: string | null }, problem: string) {
    const episodeId = where.episodeId ?? null;
    const session = where.session ?? null;
    const field = where.field ?? null;
    super(InputError.describe(episodeId, session, field, problem));
    this.name = "InputError";
    this.episodeId = episodeId;
    this.session = session;
    this.field = field;
    this.problem = problem;
  }

  static describe(episodeId: string | null, session: number | null, field: string | null, problem: string): string {
    const parts: string[] = [];
    if (episodeId !== null) parts.push(`episode ${JSON.stringify(episodeId)}`);
    if (session !== null) parts.push(`session ${session}`);
    if (field !== null) parts.push(`field "${field}"`);
    return parts.length ? `${parts.join(", ")}: ${problem}` : problem;
  }
}

/** Short, safe rendering of a bad value for an error message. */
export function showValue(v: unknown): string {
  if (v === undefined) return "missing";
  let s: string;
  try {
    s = typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  if (s === undefined) s = String(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}
