"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress, signInWithPassword, startLogin } from "@/lib/auth";
import { homePath } from "@/lib/roles";
import { loginSchema, safeCallbackUrl } from "@/lib/validation/auth";
import { formToObject } from "@/lib/mutation";
import { secondsUntil } from "@/lib/retry-after";
import type { LoginState } from "@/lib/auth-states";


export async function login(_prev: LoginState, form: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse(formToObject(form));
  if (!parsed.success) return { error: "invalid", email: String(form.get("email") ?? "") };
  const result = await signInWithPassword(parsed.data.email, parsed.data.password, await clientAddress(), await cookies());
  if (result === "invalid") return { error: "invalid", email: parsed.data.email };
  if ("retryAt" in result) return { error: "rateLimited", email: parsed.data.email, retryAfter: secondsUntil(result.retryAt) };
  await startLogin(result);
  redirect(safeCallbackUrl(parsed.data.callbackUrl) ?? homePath(result));
}
