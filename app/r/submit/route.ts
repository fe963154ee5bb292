import { FLASH_COOKIE, flashValue, formPath, handleRatingForm, seeOther } from "@/lib/rating/forms";
import { initialRatingForm } from "@/lib/rating/form-state";

// The rating form's plain POST (the form has no script, with JavaScript on or off): a 303 to the
// thank-you page (or the tablet's lock screen), or back to the form with the messages and the answers
// given in a short-lived cookie.
export async function POST(req: Request) {
  const form = await req.formData().catch(() => new FormData());
  const outcome = await handleRatingForm(initialRatingForm, form);
  const target = "redirect" in outcome ? outcome.redirect : formPath(form);
  const res = seeOther(target);
  if ("state" in outcome) res.cookies.set(FLASH_COOKIE, flashValue(target, outcome.state), { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 });
  else res.cookies.delete(FLASH_COOKIE);
  return res;
}
