/** What the engine reads from one session before any rule: its total, and whether it takes part. */
import type { SessionInput } from "./types";

/** `total` = mean of the present subscales (0–100); null when none is present. */
export function sessionTotal(s: Pick<SessionInput, "bond" | "goals" | "tasks">): number | null {
  let sum = 0;
  let n = 0;
  if (s.bond != null) {
    sum += s.bond;
    n++;
  }
  if (s.goals != null) {
    sum += s.goals;
    n++;
  }
  if (s.tasks != null) {
    sum += s.tasks;
    n++;
  }
  return n === 0 ? null : sum / n;
}

/**
 * A session takes part in the analysis if it has a patient rating (any subscale, or the
 * difficulty / talked-about answers) or a therapist marker (withdrawal or confrontation). Other
 * sessions are skipped entirely: they do not count towards the window and cannot repair anything.
 */
export function sessionParticipates(s: SessionInput): boolean {
  return (
    s.bond != null ||
    s.goals != null ||
    s.tasks != null ||
    s.difficulty != null ||
    s.talkedAbout != null ||
    s.marker === "withdrawal" ||
    s.marker === "confrontation"
  );
}
