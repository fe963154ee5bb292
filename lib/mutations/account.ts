import { cookies } from "next/headers";
import { clientAddress, signInWithPassword, startLogin } from "@/lib/auth";
import { changeOwnPassword } from "@/lib/data/account";
import { AppError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { hashPassword } from "@/lib/password";
import { fieldInvalid } from "@/lib/validation/messages";
import { isPersonalPassword, passwordChangeSchema } from "@/lib/validation/password";
import type { CurrentUser } from "@/lib/roles";

const tooManyAttempts = () => new AppError(429, "rate_limited", "Too many wrong passwords. Wait a while and try again.");

/**
 * The user's own current password, checked like a login: throttled per account, address and device
 * (a stolen session cannot guess it faster than a login could), and audited.
 */
async function checkOwnPassword(user: CurrentUser, password: string): Promise<"ok" | "invalid" | { retryAt: Date }> {
  const result = await signInWithPassword(user.email, password, user.ip ?? (await clientAddress()), await cookies());
  if (typeof result === "string" || "retryAt" in result) return result;
  return result.id === user.id ? "ok" : "invalid";
}

/**
 * Changing one's own password, also the forced change after a one-time password (the one write a
 * user may make before it). The current password is checked like a login, throttled; the change ends
 * the user's other logins and renews this one.
 */
export const changePasswordMutation = defineMutation({
  beforePasswordChange: true,
  schema: passwordChangeSchema,
  run: async (user, input) => {
    // Checked before the current password, so a refused new password costs no attempt.
    if (isPersonalPassword(input.newPassword, user)) throw fieldInvalid("newPassword", "passwordPersonal");
    const check = await checkOwnPassword(user, input.currentPassword);
    if (check === "invalid") throw fieldInvalid("currentPassword", "currentPasswordWrong");
    if (check !== "ok") throw tooManyAttempts();
    const result = await changeOwnPassword(user, await hashPassword(input.newPassword));
    // Every login begun before the change has ended; this browser's starts afresh, as after a login.
    await startLogin(user);
    return result;
  },
  revalidate: () => ["/account"],
});
