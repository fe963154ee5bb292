/** @jsxImportSource preact */
import type { ComponentChild } from "preact";
import { renderToString } from "preact-render-to-string";
import { getLocale, getTranslations } from "next-intl/server";
import { setupOpen } from "@/lib/data/setup";
import { seeOther } from "@/lib/rating/forms";
import { PatientDocument } from "@/components/patient/document";

/** A patient's page as its route handler builds it: the page's title, its own path and its body. */
export type PatientView = { title: string; returnTo: string; body: ComponentChild };

// The patient's pages are route handlers that answer plain HTML: no React on the phone, so no
// framework runtime and no script at all (docs/decisions/0009-patient-pages-without-javascript.md).
// `build` reads the request and returns the view, or a redirect; this renders the view in the
// request's language with the security headers proxy.ts and next.config.ts add to every answer.
export async function patientPage(build: () => Promise<PatientView | Response>): Promise<Response> {
  try {
    // The only pages a visitor reaches without the login page, so they too lead to the first run
    // while the installation has no clinic (and so no rating link).
    if (await setupOpen()) return seeOther("/setup");
    const view = await build();
    return view instanceof Response ? view : html(await render(view));
  } catch (error) {
    // As app/error.tsx: no message or stack reaches the page (nor the log: it may hold patient data).
    console.error(`[patient page] unexpected ${error instanceof Error ? error.name : typeof error}`);
    const t = await getTranslations("errors");
    const body = (
      <section className="card stack">
        <h1>{t("errorTitle")}</h1>
        <p>{t("errorText")}</p>
      </section>
    );
    return html(await render({ title: t("errorTitle"), returnTo: "/r", body }), 500);
  }
}

async function render({ title, returnTo, body }: PatientView): Promise<string> {
  const [lang, app, language] = await Promise.all([getLocale(), getTranslations("app"), getTranslations("language")]);
  return `<!DOCTYPE html>${renderToString(<PatientDocument lang={lang} title={title} t={{ app, language }} returnTo={returnTo}>{body}</PatientDocument>)}`;
}

function html(page: string, status = 200): Response {
  // Never cached: the forms carry a one-time key, and the pages behind a link or a tablet are the patient's.
  return new Response(page, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
