import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { AUDIT_ACTIONS } from "./actions";

// The audit log names every event in plain words: a recorded action without a label in either
// language would show its code instead.
function label(tree: unknown, action: string): unknown {
  return action.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);
}

describe("audit actions", () => {
  it.each(["en", "nb"] as const)("every action has a label in %s", (locale) => {
    const tree = (messagesFor(locale) as Record<string, unknown>).auditActions;
    const missing = AUDIT_ACTIONS.filter((a) => typeof label(tree, a) !== "string" || !(label(tree, a) as string).trim());
    expect(missing).toEqual([]);
  });

  it("the two languages label different words, not a copy", () => {
    const en = (messagesFor("en") as Record<string, unknown>).auditActions;
    const nb = (messagesFor("nb") as Record<string, unknown>).auditActions;
    const same = AUDIT_ACTIONS.filter((a) => label(en, a) === label(nb, a));
    expect(same).toEqual([]);
  });
});
