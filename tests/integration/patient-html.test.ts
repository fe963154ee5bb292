import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { RatingForm } from "@/components/patient/rating-form";
import { CodeEntryPage } from "@/components/patient/code-entry-page";
import { LockedPage } from "@/components/patient/locked-page";
import { LanguageSwitch } from "@/components/patient/language-switch";
import type { FormItem } from "@/lib/rating/form-state";

// The patient's pages are HTML strings rendered on the server (docs/decisions/0009): what the
// markup must say without a browser — no preset answer, the answers given kept after a refusal,
// everything the patient typed escaped, focus on the errors by `autofocus`, and no script.
const t = (key: string, values?: Record<string, string | number>) => (values ? `${key}:${JSON.stringify(values)}` : key);
const items: FormItem[] = ["bond", "goals", "tasks"].map((id) => ({ id, label: `Item ${id}`, min: 0, max: 10, minLabel: "0", maxLabel: "10" }));
const form = (initial?: Parameters<typeof RatingForm>[0]["initial"]) =>
  renderToString(h(RatingForm, { t, source: "link", token: "T".repeat(43), formKey: "key-1", items, commentMax: 1000, initial }));

describe("the patient's rating form as HTML", () => {
  it("starts with every item unanswered: eleven numbered radios each, none checked, no script", () => {
    const html = form();
    for (const id of ["bond", "goals", "tasks"]) {
      expect(html.match(new RegExp(`name="answers\\.${id}"`, "g"))).toHaveLength(11);
      expect(html).toContain(`<label class="rating-number" for="answers-${id}-10">`);
    }
    expect(html).not.toMatch(/\bchecked\b/);
    expect(html).not.toContain("error-summary");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<input type="hidden" name="idempotencyKey" value="key-1"/>');
    expect(html).toContain('<form method="post" action="/r/submit" class="stack rating-form" novalidate>');
  });

  it("after a refusal keeps the answers given, marks the unanswered item, and focuses the summary", () => {
    const comment = `</textarea><script>alert("x")</script>`;
    const html = form({ status: "error", code: "invalid", attempt: 1, fieldErrors: { "answers.goals": ["Answer question 2"] }, values: { "answers.bond": "3", "answers.tasks": "10", difficulty: "none", comment } });
    expect(html).toContain('<div tabindex="-1" autofocus role="alert" class="error-summary" id="rating-errors">');
    expect(html).toContain('<a href="#answers-goals">Answer question 2</a>');
    expect(html).toMatch(/<fieldset id="answers-goals" role="radiogroup" aria-required="true" aria-invalid="true"/);
    expect(html).toContain('<input type="radio" id="answers-bond-3" name="answers.bond" value="3" checked/>');
    expect(html).toContain('<input type="radio" id="answers-tasks-10" name="answers.tasks" value="10" checked/>');
    expect(html).toContain('<input type="radio" id="difficulty-none" name="difficulty" value="none" checked/>');
    expect(html.match(/\bchecked\b/g)).toHaveLength(3);
    // What the patient typed is text, never markup.
    expect(html).toContain("&lt;/textarea>&lt;script>alert(&quot;x&quot;)&lt;/script></textarea>");
    expect(html).not.toMatch(/<script/i);
  });
});

describe("the code entry, lock screen and language switch as HTML", () => {
  it("shows a refused code's reason in the codeEntry words with focus on it, and keeps the code typed (escaped)", () => {
    const html = renderToString(h(CodeEntryPage, { t, state: { error: "neutral", code: `"><b>` } }));
    expect(html).toContain('<p class="error-summary" role="alert" id="code-error" tabindex="-1" autofocus>neutral</p>');
    expect(html).toContain('value="&quot;>&lt;b>"');
    expect(html).toContain('spellcheck="false"');
    expect(renderToString(h(CodeEntryPage, { t, state: {} }))).not.toContain("error-summary");
  });

  it("says how long a rate-limited unlock waits, and thanks after a rating", () => {
    const html = renderToString(h(LockedPage, { t, done: true, state: { error: "rateLimited", retryAfter: 120 } }));
    expect(html).toContain('<p role="status" class="notice">thanks</p>');
    expect(html).toContain('autofocus>rateLimitedMinutes:{&quot;minutes&quot;:2}</p>');
    expect(renderToString(h(LockedPage, { t, done: false, state: {} }))).not.toMatch(/notice|error-summary/);
  });

  it("offers the other language as a plain form back to the page, the current one disabled", () => {
    const html = renderToString(h(LanguageSwitch, { current: "nb", returnTo: "/r/form", t }));
    expect(html).toContain('<button type="submit" lang="nb" aria-current="true" disabled class="link-button">nb</button>');
    expect(html).toContain('<button type="submit" lang="en" class="link-button">en</button>');
    expect(html.match(/<input type="hidden" name="returnTo" value="\/r\/form"\/>/g)).toHaveLength(2);
  });
});
