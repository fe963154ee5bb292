/**
 * Plain-language explanations of rule firings, in Norwegian bokmål and English, with their numbers.
 */
import type { Dimension, Locale, Marker, RuleFiring, RuleName, TalkedAbout } from "./types";

/**
 * A number for a sentence: rounded to `decimals` (default 1), trailing zeros dropped,
 * a real minus sign, and a decimal comma in Norwegian.
 */
export function formatNumber(x: number, locale: Locale, decimals = 1): string {
  const f = 10 ** decimals;
  let r = Math.round(Math.abs(x) * f) / f;
  if (r === 0) r = 0;
  let s = String(r);
  if (s.includes("e")) s = r.toFixed(decimals);
  if (locale === "nb") s = s.replace(".", ",");
  return x < 0 && r !== 0 ? `\u2212${s}` : s;
}

const DIMENSION_LABEL: Record<Dimension, Record<Locale, string>> = {
  bond: { en: "strain in the bond", nb: "belastning i relasjonen (båndet)" },
  goals: { en: "disagreement about goals", nb: "uenighet om mål" },
  tasks: { en: "disagreement about tasks", nb: "uenighet om oppgaver" },
};

const DIMENSION_NAME: Record<Dimension, Record<Locale, string>> = {
  bond: { en: "bond", nb: "bånd" },
  goals: { en: "goals", nb: "mål" },
  tasks: { en: "tasks", nb: "oppgaver" },
};

/** What a rupture on this dimension means: "strain in the bond", "disagreement about goals/tasks". */
export function dimensionLabel(dim: Dimension, locale: Locale): string {
  return DIMENSION_LABEL[dim][locale];
}

/** The subscale's short name: bond / goals / tasks ("bånd", "mål", "oppgaver"). */
export function dimensionName(dim: Dimension, locale: Locale): string {
  return DIMENSION_NAME[dim][locale];
}

const RULE_LABEL: Record<RuleName, Record<Locale, string>> = {
  "low-score": { en: "Low score", nb: "Lav skår" },
  drop: { en: "Drop", nb: "Fall" },
  deviation: { en: "Below usual level", nb: "Under vanlig nivå" },
  "reliable-drop": { en: "Reliable drop", nb: "Reliabelt fall" },
  "patient-reported": { en: "Reported by patient", nb: "Meldt av pasienten" },
  "therapist-observed": { en: "Observed by therapist", nb: "Observert av terapeuten" },
};

/** A short name of the rule for headings and badges. */
export function ruleLabel(rule: RuleName, locale: Locale): string {
  return RULE_LABEL[rule][locale];
}

const MARKER_LABEL: Record<Exclude<Marker, "none">, Record<Locale, string>> = {
  withdrawal: { en: "withdrawal", nb: "tilbaketrekning" },
  confrontation: { en: "confrontation", nb: "konfrontasjon" },
};

const TALKED_LABEL: Record<TalkedAbout, Record<Locale, string>> = {
  no: { en: "no", nb: "nei" },
  partly: { en: "partly", nb: "delvis" },
  yes: { en: "yes", nb: "ja" },
};

/** One plain sentence (or two) a clinician can read, with the numbers behind the firing. */
export function explainFiring(firing: RuleFiring, locale: Locale): string {
  const n = (x: number, d = 1) => formatNumber(x, locale, d);
  const nb = locale === "nb";
  switch (firing.rule) {
    case "low-score": {
      if (firing.previous === null) {
        return nb
          ? `Samlet alliansescore er ${n(firing.total)}, under grenseverdien ${n(firing.cutoff)} (første time med skår).`
          : `The alliance total is ${n(firing.total)}, below the cutoff of ${n(firing.cutoff)} (first session with a score).`;
      }
      return nb
        ? `Samlet alliansescore falt under grenseverdien ${n(firing.cutoff)}: ${n(firing.total)} nå, ${n(firing.previous)} i time ${firing.previousSession}.`
        : `The alliance total fell below the cutoff of ${n(firing.cutoff)}: ${n(firing.total)} now, ${n(firing.previous)} in session ${firing.previousSession}.`;
    }
    case "drop":
      return nb
        ? `Samlet alliansescore falt ${n(firing.fall)} poeng, fra ${n(firing.previous)} i time ${firing.previousSession} til ${n(firing.total)} (et fall på ${n(firing.drop)} eller mer gir flagg).`
        : `The alliance total dropped ${n(firing.fall)} points, from ${n(firing.previous)} in session ${firing.previousSession} to ${n(firing.total)} (a drop of ${n(firing.drop)} or more is flagged).`;
    case "deviation": {
      const unit = Math.max(firing.baselineSd, firing.sdFloor);
      return nb
        ? `Samlet alliansescore ${n(firing.total)} ligger under pasientens vanlige nivå: snitt ${n(firing.baselineMean)} over ${firing.baselineN} timer, SD ${n(firing.baselineSd)} (minst ${n(firing.sdFloor)}), grense ${n(firing.baselineMean)} − ${n(firing.k)} × ${n(unit)} = ${n(firing.threshold)}.`
        : `The alliance total ${n(firing.total)} is below this patient's usual level: mean ${n(firing.baselineMean)} over ${firing.baselineN} sessions, SD ${n(firing.baselineSd)} (at least ${n(firing.sdFloor)}), threshold ${n(firing.baselineMean)} − ${n(firing.k)} × ${n(unit)} = ${n(firing.threshold)}.`;
    }
    case "reliable-drop":
      return nb
        ? `Reliabelt fall (Jacobson & Truax): fra ${n(firing.previous)} i time ${firing.previousSession} til ${n(firing.total)}, reliabel endringsindeks ${n(firing.rci, 2)} (under −${n(firing.critical, 2)}; norm-SD ${n(firing.sd)}, reliabilitet ${n(firing.r, 2)}).`
        : `Reliable drop (Jacobson & Truax): from ${n(firing.previous)} in session ${firing.previousSession} to ${n(firing.total)}, reliable change index ${n(firing.rci, 2)} (below −${n(firing.critical, 2)}; norm SD ${n(firing.sd)}, reliability ${n(firing.r, 2)}).`;
    case "patient-reported": {
      const how = firing.difficulty === "a-lot" ? (nb ? "mye" : "a lot") : nb ? "litt" : "a little";
      const talked =
        firing.talkedAbout === null
          ? nb
            ? "ikke besvart"
            : "not answered"
          : TALKED_LABEL[firing.talkedAbout][locale];
      return nb
        ? `Pasienten svarte at noe var vanskelig mellom dere i dag («${how}»). Snakket dere om det: ${talked}.`
        : `The patient answered that something was difficult between you today ("${how}"). Did you talk about it: ${talked}.`;
    }
    case "therapist-observed": {
      const what = MARKER_LABEL[firing.marker][locale];
      if (firing.markerDimension === null) {
        return nb
          ? `Terapeuten registrerte en bruddmarkør: ${what}.`
          : `The therapist logged a rupture marker: ${what}.`;
      }
      return nb
        ? `Terapeuten registrerte en bruddmarkør: ${what}, knyttet til ${dimensionLabel(firing.markerDimension, "nb")}.`
        : `The therapist logged a rupture marker: ${what}, about ${dimensionLabel(firing.markerDimension, "en")}.`;
    }
  }
}
