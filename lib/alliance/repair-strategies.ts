import type { Locale } from "./types";

/**
 * What a therapist can record having done to repair a rupture (docs/rupture-engine.md, "Repair
 * strategies"; Safran & Muran 2000; Eubanks et al. 2018).
 */
export type RepairStrategyId =
  | "clarify"
  | "renegotiate"
  | "metacommunicate"
  | "explore-meaning"
  | "acknowledge"
  | "validate"
  | "other";

export interface RepairStrategy {
  id: RepairStrategyId;
  label: Record<Locale, string>;
}

export const REPAIR_STRATEGIES: readonly RepairStrategy[] = Object.freeze([
  {
    id: "clarify",
    label: {
      en: "Clarify a misunderstanding or the rationale of a task",
      nb: "Oppklare en misforståelse eller begrunnelsen for en oppgave",
    },
  },
  {
    id: "renegotiate",
    label: { en: "Renegotiate the task or goal", nb: "Forhandle på nytt om oppgave eller mål" },
  },
  {
    id: "metacommunicate",
    label: {
      en: "Explore the rupture together / talk about the relationship (metacommunication)",
      nb: "Utforske bruddet sammen / snakke om relasjonen (metakommunikasjon)",
    },
  },
  {
    id: "explore-meaning",
    label: {
      en: "Explore underlying meaning or transference",
      nb: "Utforske underliggende mening eller overføring",
    },
  },
  {
    id: "acknowledge",
    label: {
      en: "Acknowledge own contribution or apologise",
      nb: "Anerkjenne eget bidrag eller be om unnskyldning",
    },
  },
  { id: "validate", label: { en: "Validate and support", nb: "Validere og støtte" } },
  { id: "other", label: { en: "Other", nb: "Annet" } },
] as RepairStrategy[]);

export const REPAIR_STRATEGY_IDS: readonly RepairStrategyId[] = REPAIR_STRATEGIES.map((s) => s.id);

export function repairStrategyLabel(id: RepairStrategyId, locale: Locale): string {
  const s = REPAIR_STRATEGIES.find((x) => x.id === id);
  if (!s) throw new RangeError(`unknown repair strategy "${id}"`);
  return s.label[locale];
}
