import { FLASH_COOKIE, flashValue, handleCodeEntry, seeOther } from "@/lib/rating/forms";

// Code entry as a plain POST (the form has no script); see app/r/submit.
export async function POST(req: Request) {
  const outcome = await handleCodeEntry(await req.formData().catch(() => new FormData()));
  const res = seeOther("redirect" in outcome ? outcome.redirect : "/r");
  if ("state" in outcome) res.cookies.set(FLASH_COOKIE, flashValue("/r", outcome.state), { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 });
  else res.cookies.delete(FLASH_COOKIE);
  return res;
}
