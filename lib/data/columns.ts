import { z } from "zod";
import { DIFFICULTIES, DIMENSIONS, MARKERS, TALKED_ABOUT, type Difficulty, type Dimension, type Marker, type TalkedAbout } from "@/lib/alliance";
import { MODALITIES } from "@/lib/validation/modalities";
import { ROLES } from "@/lib/roles";

// SQLite has no enum columns: these are stored as text. They are parsed here, once, where rows
// become the views the pages, the API and the engine read, so nothing downstream casts a string.
// Only validated writes store them; a value outside its list is a broken row, and a loud error.
export const EPISODE_STATUSES = ["active", "ended"] as const;
export const RUPTURE_STATUSES = ["open", "repaired", "unrepaired"] as const;
export const RUPTURE_REVIEWS = ["unreviewed", "confirmed", "dismissed"] as const;

const column = {
  episodeStatus: z.enum(EPISODE_STATUSES),
  modality: z.enum(MODALITIES),
  marker: z.enum(MARKERS as [Marker, ...Marker[]]),
  markerDimension: z.enum(DIMENSIONS as [Dimension, ...Dimension[]]).nullable(),
  difficulty: z.enum(DIFFICULTIES as [Difficulty, ...Difficulty[]]),
  talkedAbout: z.enum(TALKED_ABOUT as [TalkedAbout, ...TalkedAbout[]]).nullable(),
  ruptureStatus: z.enum(RUPTURE_STATUSES),
  ruptureReview: z.enum(RUPTURE_REVIEWS),
  role: z.enum(ROLES),
};
type Column = keyof typeof column;

export function parseColumn<C extends Column>(name: C, value: unknown): z.output<(typeof column)[C]> {
  const parsed = column[name].safeParse(value);
  // The column's name only: the stored value stays out of logs.
  if (!parsed.success) throw new Error(`Stored ${name} has a value outside its list`);
  return parsed.data as z.output<(typeof column)[C]>;
}

export const episodeColumns = <E extends { status: string; modality: string }>(e: E) => ({
  ...e,
  status: parseColumn("episodeStatus", e.status),
  modality: parseColumn("modality", e.modality),
});

export const sessionColumns = <S extends { marker: string; markerDimension: string | null }>(s: S) => ({
  ...s,
  marker: parseColumn("marker", s.marker),
  markerDimension: parseColumn("markerDimension", s.markerDimension),
});

export const ratingColumns = <R extends { difficulty: string; talkedAbout: string | null }>(r: R) => ({
  ...r,
  difficulty: parseColumn("difficulty", r.difficulty),
  talkedAbout: parseColumn("talkedAbout", r.talkedAbout),
});

export const ruptureColumns = <R extends { status: string; review: string }>(r: R) => ({
  ...r,
  status: parseColumn("ruptureStatus", r.status),
  review: parseColumn("ruptureReview", r.review),
});
