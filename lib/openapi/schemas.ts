import { z } from "zod";
import { DIMENSIONS, MARKERS, REPAIR_STRATEGY_IDS } from "@/lib/alliance";

// Response shapes of the REST API, for the OpenAPI document only (request bodies use the real
// validation schemas from lib/validation). Kept beside the presenters in lib/data/api-views.ts.
const date = z.iso.date();
const score = z.number().min(0).max(100).nullable();
const scores = z.object({ bond: score, goals: score, tasks: score, total: score });

export const errorResponse = z.object({
  error: z.string().meta({ example: "not_found" }),
  message: z.string().meta({ example: "Not found." }),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
});

export const episodeResponse = z.object({
  id: z.string(),
  patientId: z.string(),
  status: z.enum(["active", "ended"]),
  modality: z.string(),
  goals: z.array(z.string()),
  startDate: date,
  endDate: date.nullable(),
});

export const patientResponse = z.object({ id: z.string(), code: z.string(), birthYear: z.int().nullable(), episodes: z.array(episodeResponse).optional() });

export const patientListResponse = z.object({ page: z.int(), pageSize: z.int(), total: z.int(), patients: z.array(patientResponse) });

export const sessionResponse = z.object({
  id: z.string(),
  episodeId: z.string(),
  number: z.int(),
  date,
  therapist: z.object({ bond: score, goals: score, tasks: score }),
  marker: z.enum(MARKERS as [string, ...string[]]),
  markerDimension: z.enum(DIMENSIONS as [string, ...string[]]).nullable(),
  repairStrategies: z.array(z.enum(REPAIR_STRATEGY_IDS as [string, ...string[]])),
  note: z.string().nullable(),
});

export const allianceResponse = z.object({
  episodeId: z.string(),
  status: z.enum(["active", "ended"]),
  episode: episodeResponse,
  sessions: z.array(
    z.object({
      id: z.string(),
      number: z.int(),
      date,
      patient: scores.extend({ difficulty: z.enum(["none", "some", "a-lot"]), talkedAbout: z.enum(["no", "partly", "yes"]).nullable() }).nullable(),
      therapist: scores.nullable(),
      marker: z.string(),
      markerDimension: z.string().nullable(),
      repairStrategies: z.array(z.string()),
      note: z.string().nullable(),
    }),
  ),
  ruptures: z.array(
    z.object({
      id: z.string(),
      onset: z.int(),
      status: z.enum(["open", "repaired", "unrepaired"]),
      review: z.enum(["unreviewed", "confirmed", "dismissed"]).meta({ description: "The clinician's judgement. Dismissed flags are kept but left out of every figure." }),
      reviewNote: z.string().nullable(),
      reviewedAt: z.iso.datetime().nullable(),
      engine: z.record(z.string(), z.unknown()).meta({ description: "The engine's RuptureEpisode: onset, lastFlagged, rules, firings, dimensions, severity, preRuptureLevel, status, repairedAt, closedAt, sessionsToRepair." }),
    }),
  ),
});

export const ratingLinkResponse = z.object({ url: z.string(), token: z.string(), code: z.string(), expiresAt: z.iso.datetime() });
export const ratingStatusResponse = z.object({ rated: z.boolean(), linkState: z.enum(["none", "open", "used", "expired", "revoked"]) });
export const ratingStoredResponse = z.object({ status: z.enum(["stored", "already-stored"]), submittedAt: z.iso.datetime() });

// Provisioning (admin only). A one-time password appears in the answer that made it, never again.
const person = z.object({ id: z.string(), name: z.string() });
export const userResponse = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(["ADMIN", "SUPERVISOR", "THERAPIST"])),
  locale: z.enum(["nb", "en"]).nullable().meta({ description: "null: the clinic's default." }),
  active: z.boolean(),
  mustChangePassword: z.boolean().meta({ description: "The user still has a one-time password to replace." }),
  createdAt: z.iso.datetime(),
  supervises: z.array(person),
  supervisedBy: z.array(person),
});
export const userListResponse = z.object({ users: z.array(userResponse) });
export const userWithPasswordResponse = z.object({
  user: userResponse,
  oneTimePassword: z.string().meta({ description: "Shown only in this answer. The user must replace it at first login.", example: "abcd-efgh-jkmn-pqrs" }),
});
const pairPerson = person.extend({ active: z.boolean() });
export const supervisionListResponse = z.object({ pairs: z.array(z.object({ supervisor: pairPerson, therapist: pairPerson, createdAt: z.iso.datetime() })) });
export const supervisionPairResponse = z.object({ supervisorId: z.string(), therapistId: z.string(), createdAt: z.iso.datetime() });
export const supervisionRemovedResponse = z.object({ supervisorId: z.string(), therapistId: z.string(), removed: z.literal(true) });
export const reassignResponse = z.object({ patientId: z.string(), fromTherapistId: z.string(), toTherapistId: z.string(), episodes: z.int().meta({ description: "Treatment episodes moved with the patient." }) });
const figure = z.object({
  value: z.number().nullable(),
  reason: z.enum(["too-few-sessions", "no-ruptures-closed", "no-repairs", "too-few-ratings", "too-few-pairs"]).optional().meta({ description: "Why there is no value: too little data behind the figure." }),
});
export const supervisionSummaryResponse = z.object({
  from: date,
  to: date,
  supervisees: z.array(z.object({
    therapistId: z.string(),
    name: z.string(),
    activePatients: z.int(),
    sessions: z.int(),
    ratedSessions: z.int(),
    completion: figure.meta({ description: "Rated sessions ÷ sessions in the period (0–1); from 5 sessions." }),
    ruptures: z.object({ open: z.int(), repaired: z.int(), unrepaired: z.int() }),
    repairRate: figure.meta({ description: "Repaired ÷ (repaired + unrepaired), 0–1." }),
    medianSessionsToRepair: figure,
    trend: figure.meta({ description: "Mean per-episode least-squares slope of the patient total, points per 10 sessions." }),
    gap: figure.meta({ description: "Mean therapist total − patient total (points, 0–100 scale)." }),
    attention: z.object({ rank: z.int().min(0).max(3), reasons: z.array(z.enum(["unrepaired", "open", "falling-trend", "low-completion", "wide-gap"])) }),
  })).meta({ description: "Needing attention first." }),
});
