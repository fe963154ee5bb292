import { mulberry32 } from "@/lib/alliance/synthetic";

// The demo clinic as plain data, from a seeded PRNG: the same numbers on every machine. Dates are
// laid out backwards from the day of seeding so the caseload looks current.
export const DEMO_PASSWORD = "bordin-demo";
const DAY = 86_400_000;

export type Pattern = "stable" | "v-repaired" | "unrepaired" | "patient-reported" | "therapist-observed" | "rising";
type Dim = "bond" | "goals" | "tasks";
export type PlannedSession = {
  number: number;
  date: Date;
  rating: { answers: Record<Dim, number>; difficulty: "none" | "some" | "a-lot"; talkedAbout: "no" | "partly" | "yes" | null } | null;
  therapist: Record<Dim, number> | null;
  marker: "none" | "withdrawal" | "confrontation";
  markerDimension: Dim | null;
  repairStrategies: string[];
};
export type PlannedPatient = { code: string; birthYear: number | null; therapistIndex: number; pattern: Pattern; modality: string; goals: string[]; ended: boolean; sessions: PlannedSession[] };
export type DemoUser = { email: string; name: string; roles: ("ADMIN" | "SUPERVISOR" | "THERAPIST")[]; locale: string | null };

export const DEMO_USERS: DemoUser[] = [
  { email: "admin@demo.bordin", name: "Ada Admin", roles: ["ADMIN"], locale: null },
  { email: "supervisor@demo.bordin", name: "Sigrid Veileder", roles: ["SUPERVISOR"], locale: null },
  { email: "supervisor2@demo.bordin", name: "Sverre Veileder", roles: ["SUPERVISOR"], locale: null },
  ...[1, 2, 3, 4, 5, 6].map((n) => ({
    email: n === 1 ? "therapist@demo.bordin" : `therapist${n}@demo.bordin`,
    name: ["Tone Terapeut", "Tarjei Terapeut", "Thea Terapeut", "Tobias Terapeut", "Trine Terapeut", "Tor Terapeut"][n - 1],
    roles: ["THERAPIST" as const],
    locale: null,
  })),
];
/** supervisor@ supervises therapist@, therapist2@, therapist3@; supervisor2@ therapist4@ to therapist6@. */
export const DEMO_SUPERVISION: [string, string][] = [
  ["supervisor@demo.bordin", "therapist@demo.bordin"],
  ["supervisor@demo.bordin", "therapist2@demo.bordin"],
  ["supervisor@demo.bordin", "therapist3@demo.bordin"],
  ["supervisor2@demo.bordin", "therapist4@demo.bordin"],
  ["supervisor2@demo.bordin", "therapist5@demo.bordin"],
  ["supervisor2@demo.bordin", "therapist6@demo.bordin"],
];

const PATTERNS: Pattern[] = ["stable", "v-repaired", "stable", "unrepaired", "patient-reported", "therapist-observed", "v-repaired", "rising"];
const MODALITIES = ["cbt", "psychodynamic", "trauma-focused", "other"];
const GOALS = [
  ["Sleep through the night", "Return to work part-time"],
  ["Fewer panic attacks", "Take the bus alone"],
  ["Understand recurring conflicts", "Feel less alone"],
  ["Process the accident", "Drive again"],
  ["Less self-criticism"],
];

export function demoPlan(now: Date, patientCount = 40): PlannedPatient[] {
  const rand = mulberry32(1979); // Bordin's year
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const clamp = (x: number) => Math.max(0, Math.min(10, Math.round(x)));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const patients: PlannedPatient[] = [];
  for (let i = 0; i < patientCount; i++) {
    const pattern = PATTERNS[i % PATTERNS.length];
    const count = 6 + Math.floor(rand() * 25); // 6–30 sessions
    const ended = i % 9 === 8;
    const lastDay = today - (ended ? 60 + Math.floor(rand() * 120) : 1 + Math.floor(rand() * 12)) * DAY;
    const level = 8 + rand() * 1.5;
    const onset = 3 + Math.floor(rand() * Math.max(1, count - 5));
    const dim: Dim = pick(["bond", "goals", "tasks"]);
    const sessions: PlannedSession[] = [];
    for (let n = 1; n <= count; n++) {
      let base = level;
      let difficulty: "none" | "some" | "a-lot" = "none";
      let talkedAbout: "no" | "partly" | "yes" | null = null;
      let marker: PlannedSession["marker"] = "none";
      const since = n - onset;
      if (pattern === "v-repaired" && since >= 0 && since < 2) base = level - (since === 0 ? 3 : 1.5);
      if (pattern === "unrepaired" && since >= 0) base = level - 3 - rand();
      if (pattern === "rising") base = 5.5 + (n / count) * 3.5;
      if (pattern === "patient-reported" && since === 0) [difficulty, talkedAbout] = [pick(["some", "a-lot"]), pick(["yes", "partly", "no"])];
      if (pattern === "therapist-observed" && since === 0) marker = pick(["withdrawal", "confrontation"]);
      const answer = (d: Dim) => clamp(base + (rand() - 0.5) * 1.2 - (d === dim && since >= 0 && since < 2 && pattern !== "stable" && pattern !== "rising" ? 1 : 0));
      const rated = rand() > 0.15 || n === onset;
      sessions.push({
        number: n,
        date: new Date(lastDay - (count - n) * 7 * DAY),
        rating: rated ? { answers: { bond: answer("bond"), goals: answer("goals"), tasks: answer("tasks") }, difficulty, talkedAbout } : null,
        therapist: rand() > 0.2 ? { bond: clamp(base + 0.6) * 10, goals: clamp(base + 0.4) * 10, tasks: clamp(base + 0.5) * 10 } : null,
        marker,
        markerDimension: marker === "none" ? null : dim,
        repairStrategies: since === 1 && pattern !== "stable" && pattern !== "rising" ? [pick(["metacommunicate", "clarify", "renegotiate", "validate"])] : [],
      });
    }
    patients.push({
      code: `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i * 7) % 26))}-${String(i + 1).padStart(2, "0")}`,
      birthYear: rand() > 0.3 ? 1950 + Math.floor(rand() * 55) : null,
      therapistIndex: i % 6,
      pattern,
      modality: pick(MODALITIES),
      goals: pick(GOALS),
      ended,
      sessions,
    });
  }
  return patients;
}
