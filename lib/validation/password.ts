import { z } from "zod";
import { dictionary } from "@zxcvbn-ts/language-common";
import { keyed, type ValidationKey } from "./messages";
import { requiredText } from "./zod-locale";

// The password policy of every password a person chooses (setup, their own account, the forced
// change after a one-time password), after NIST SP 800-63B: at least 8 characters, up to 256, any
// characters (spaces, emoji, every script), no composition rules, and not a password attackers try
// first (the common-password list of @zxcvbn-ts/language-common, ~49,000 entries), nor the user's
// own name or email address or the name of the service. Server code only: the list is large.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;
/** What a login or a current-password field accepts: long enough for any password we let be set. */
export const PASSWORD_INPUT_MAX = 1000;

let common: Set<string> | null = null;

/** Whether the password is on the common-password list, whatever its letter case. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"]);
  return common.has(password.trim().toLowerCase());
}

/** Characters as a person counts them: code points, so "å" or an emoji is one (NIST 800-63B 5.1.1.2). */
export const passwordLength = (password: string) => [...password.normalize("NFKC")].length;

/** The key of the first rule the password breaks that needs nothing but the password, or null. */
export function passwordRuleBroken(password: string): ValidationKey | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN) return "passwordTooShort";
  if (length > PASSWORD_MAX) return "passwordTooLong";
  if (isCommonPassword(password)) return "passwordCommon";
  return null;
}

const SERVICE_NAMES = ["bordin"];
// Letters and digits only, lower case: "Kari.Nordmann" and "kari nordmann" are the same word here.
const squash = (text: string) => text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * Whether the password is, give or take case, punctuation and a number on the end, the user's name
 * (or a part of it), their email address (or the part before the @), or the service's name.
 */
export function isPersonalPassword(password: string, who: { email?: string | null; name?: string | null }): boolean {
  const email = who.email ?? "";
  const name = who.name ?? "";
  const words = [email, email.split("@")[0], name, ...name.split(/\s+/), ...SERVICE_NAMES].map(squash).filter((w) => w.length >= 4);
  const whole = squash(password);
  const withoutNumber = whole.replace(/\p{N}+$/u, "");
  return words.some((w) => w === whole || w === withoutNumber);
}

/** A new password under the policy; the personal check is made where the name and email are known. */
export const newPasswordField = z
  .string()
  .max(PASSWORD_INPUT_MAX)
  .default("")
  .superRefine((value, ctx) => {
    const broken = passwordRuleBroken(value);
    if (broken) ctx.addIssue({ code: "custom", ...keyed(broken) });
  });

/** The password someone types to prove it is them (current password): any non-empty text. */
export const currentPasswordField = requiredText(PASSWORD_INPUT_MAX, { trim: false });

/** A new password typed twice: the repetition must match. */
export function checkRepeated(value: { newPassword: string; repeatPassword?: string }, ctx: z.RefinementCtx, path = "repeatPassword") {
  if (value.repeatPassword !== value.newPassword) ctx.addIssue({ code: "custom", path: [path], ...keyed("passwordsDiffer") });
}

/** Changing one's own password (the account page and the forced change after a one-time password). */
export const passwordChangeSchema = z
  .object({
    currentPassword: currentPasswordField,
    newPassword: newPasswordField,
    repeatPassword: z.string().max(PASSWORD_INPUT_MAX).default(""),
  })
  .superRefine((value, ctx) => {
    checkRepeated(value, ctx);
    if (value.currentPassword && value.newPassword === value.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], ...keyed("passwordUnchanged") });
  });
export type PasswordChange = z.output<typeof passwordChangeSchema>;
