"use server";
import { formAction } from "@/lib/mutation";
import { changePasswordMutation } from "@/lib/mutations/account";

export const changePasswordAction = formAction(changePasswordMutation, { redirectTo: () => "/account?changed=1" });
