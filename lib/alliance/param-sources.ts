import type { EngineParams } from "./params";
import type { Locale } from "./types";

/**
 * What each engine parameter means and where its default comes from, in both languages, as data:
 * the clinic settings page shows it beside each threshold, and the text follows the table
 * "Parameters and how a clinic should tune them" in docs/rupture-engine.md (change both together).
 * `basis` tells a default the project chose (`design`) from one taken from the literature.
 */
export type ParamKey = keyof EngineParams;
type Text = Record<Locale, string>;

export type ParamInfo = {
  label: Text;
  /** Unit of the value, shown after the field; null for a pure number. */
  unit: Text | null;
  basis: "design" | "literature";
  source: Text;
};

const POINTS: Text = { nb: "poeng", en: "points" };
const SESSIONS: Text = { nb: "timer", en: "sessions" };

export const PARAM_INFO: Readonly<Record<ParamKey, ParamInfo>> = Object.freeze({
  cutoff: {
    label: { nb: "Grenseverdi (lav skår)", en: "Cutoff (low score)" },
    unit: POINTS,
    basis: "design",
    source: {
      nb: "Prosjektets kontraktverdi på skalaen 0–100: en klinisk grense slik tilbakemeldingssystemer bruker den, ikke en norm for den korte sjekken. Tilpass den til instrumentet.",
      en: "The project's contract value on the 0–100 scale: a clinical cutoff as outcome-monitoring systems use one, not a norm of the brief check. Tune it to your instrument.",
    },
  },
  drop: {
    label: { nb: "Fall", en: "Drop" },
    unit: POINTS,
    basis: "literature",
    source: {
      nb: "Prosjektets kontraktverdi for første ledd i en V-formet dipp (Stiles mfl. 2004; Strauss mfl. 2006): en tidel av skalaen.",
      en: "The project's contract value for the first arm of a V-shaped dip (Stiles et al. 2004; Strauss et al. 2006): a tenth of the scale.",
    },
  },
  k: {
    label: { nb: "Avvik (k standardavvik)", en: "Deviation (k standard deviations)" },
    unit: null,
    basis: "literature",
    source: {
      nb: "Det strengeste av V-kriteriene; Gumz mfl. (2012) sammenlignet dem og anbefaler det strengeste.",
      en: "The stricter of the V-shape criteria; Gumz et al. (2012) compared them and recommend the stricter.",
    },
  },
  sdFloor: {
    label: { nb: "Minste standardavvik", en: "Standard deviation floor" },
    unit: POINTS,
    basis: "design",
    source: {
      nb: "Prosjektets valg: med k = 2 holder det avviksgrensen minst 10 poeng (ett fall) under det vanlige nivået, så en svært stabil pasient ikke flagges for en liten dipp.",
      en: "The project's choice: with k = 2 it keeps the deviation threshold at least 10 points (one drop) below the usual level, so a very steady patient is not flagged for a small dip.",
    },
  },
  baselineMin: {
    label: { nb: "Minste antall timer i vanlig nivå", en: "Fewest sessions in the usual level" },
    unit: SESSIONS,
    basis: "design",
    source: {
      nb: "Prosjektets kontraktverdi: et vanlig nivå (gjennomsnitt og standardavvik) trenger minst tre timer.",
      en: "The project's contract value: a usual level (mean and SD) needs at least three sessions.",
    },
  },
  preRuptureSessions: {
    label: { nb: "Timer i nivået før bruddet", en: "Sessions in the pre-rupture level" },
    unit: SESSIONS,
    basis: "design",
    source: {
      nb: "Prosjektets kontraktverdi: nivået like før et brudd, snittet over inntil tre timer så støyen i én time ikke bestemmer det.",
      en: "The project's contract value: the level just before a rupture, averaged over up to three sessions so one session's noise does not set it.",
    },
  },
  tolerance: {
    label: { nb: "Toleranse for reparasjon", en: "Repair tolerance" },
    unit: POINTS,
    basis: "design",
    source: {
      nb: "Prosjektets kontraktverdi: et halvt fall; tilbake innen 5 poeng fra det tidligere nivået regnes som reparert.",
      en: "The project's contract value: half a drop; back within 5 points of the earlier level counts as repaired.",
    },
  },
  window: {
    label: { nb: "Vindu", en: "Window" },
    unit: SESSIONS,
    basis: "literature",
    source: {
      nb: "Gumz mfl. (2012) så fall som varte opptil seks timer: bruddtimen pluss fem til.",
      en: "Gumz et al. (2012) saw declines last up to six sessions: the onset plus five more.",
    },
  },
  norms: {
    label: { nb: "Normer (SD og reliabilitet)", en: "Norms (SD and reliability)" },
    unit: null,
    basis: "design",
    source: {
      nb: "Av: den korte sjekken har ingen normstudie. Instrumentets egne normer slår på regelen «pålitelig fall».",
      en: "Off: the brief check has no norm study. An instrument's own norms switch on the reliable-drop rule.",
    },
  },
  rciCritical: {
    label: { nb: "Kritisk verdi for pålitelig endring", en: "Reliable change criterion" },
    unit: null,
    basis: "literature",
    source: {
      nb: "Jacobson og Truax (1991): det tosidige 95 %-kriteriet for reliabel endringsindeks.",
      en: "Jacobson & Truax (1991): the two-sided 95 % criterion of the reliable change index.",
    },
  },
  rules: {
    label: { nb: "Regler", en: "Rules" },
    unit: null,
    basis: "design",
    source: {
      nb: "Alle reglene i tabellen er på med mindre klinikken slår noen av.",
      en: "Every rule of the table is on unless a clinic switches it off.",
    },
  },
});

/** The numeric parameters a clinic sets one by one, in the order the settings page shows them. */
export const NUMERIC_PARAMS = ["cutoff", "drop", "k", "sdFloor", "baselineMin", "preRuptureSessions", "tolerance", "window", "rciCritical"] as const satisfies readonly ParamKey[];
export type NumericParam = (typeof NUMERIC_PARAMS)[number];
