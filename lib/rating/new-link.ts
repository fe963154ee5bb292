import "server-only";
import { cookies, headers } from "next/headers";
import type { CreatedLink } from "@/lib/data/rating-links";
import { AppError } from "@/lib/errors";
import { appBaseUrl } from "@/lib/http/app-url";
import { requestLocale } from "@/lib/i18n/locale";
import { runMutation } from "@/lib/mutation";
import { getRatingLinkMutation } from "@/lib/mutations/rating-links";
import { signValue, verifySigned } from "@/lib/signing";

// A new link's token and code exist only in the answer to the write that made it (the database
// keeps keyed hashes). The therapist's pages make a link with a POST and then show it on the
// session's rating-link page, reached by a redirect: the token travels there in this cookie —
// httpOnly, strict same-site, signed, gone after 15 minutes, one link at a time — never in the URL
// (history, logs). Path "/": a redirect after a server action is rendered with the cookies sent to
// the page the action was posted from (the timeline's "Get rating link"), so a cookie kept to the
// rating-link page's path would not reach it. The page shows the link only for its own session and
// only while it is still that session's open link.
const NEW_LINK_COOKIE = "bordin-new-link";
const PURPOSE = "bordin-new-link";
export const NEW_LINK_MINUTES = 15;

export const ratingLinkPath = (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}/rating-link`;

/** A just-made link as the cookie carries it: with the address the patient reaches the app at. */
export type NewLink = { sessionId: string; token: string; code: string; baseUrl: string };

/**
 * Keeps a just-made link for the session's rating-link page (from a server action). The patient's
 * address is taken here, from the request that made the link: the page after a server action's
 * redirect is rendered by Next through an internal request whose Host is not the one the browser used.
 */
export async function keepNewLink(link: CreatedLink): Promise<void> {
  const value = signValue(PURPOSE, JSON.stringify({ sessionId: link.sessionId, token: link.token, code: link.code, baseUrl: appBaseUrl(await headers()) } satisfies NewLink));
  (await cookies()).set(NEW_LINK_COOKIE, value, { httpOnly: true, sameSite: "strict", path: "/", maxAge: NEW_LINK_MINUTES * 60 });
}

/** The link this browser was just given for `sessionId`, as sent back (the page checks it against the stored hashes). */
export async function readNewLink(sessionId: string): Promise<NewLink | null> {
  const value = verifySigned(PURPOSE, (await cookies()).get(NEW_LINK_COOKIE)?.value);
  if (!value) return null;
  try {
    const link = JSON.parse(value) as Partial<Record<keyof NewLink, unknown>>;
    const { token, code, baseUrl } = link;
    if (link.sessionId !== sessionId || typeof token !== "string" || typeof code !== "string" || typeof baseUrl !== "string") return null;
    return { sessionId, token, code, baseUrl };
  } catch {
    return null;
  }
}

/**
 * "Save and get rating link": after the session is saved, a link for it, and the path of the page
 * that shows it. Two writes in one request, each through the mutation path with its own transaction
 * and audit event (the session's, the link's); should the second fail, the session stays saved and
 * its page says why (rated meanwhile) or offers "Create rating link".
 */
export async function linkAfterSave(sessionId: string): Promise<string> {
  try {
    const got = await runMutation(getRatingLinkMutation, { id: sessionId }, await requestLocale());
    if (!("kept" in got)) await keepNewLink(got);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  return ratingLinkPath(sessionId);
}
