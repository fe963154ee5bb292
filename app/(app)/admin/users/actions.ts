"use server";
import { formAction } from "@/lib/mutation";
import { inviteUserMutation, resetPasswordMutation, setUserActiveMutation, updateUserMutation } from "@/lib/mutations/users";

// The one-time passwords travel back in the action's answer (the form state), shown once: never in
// a URL, a cookie or a log.
export const inviteUserAction = formAction(inviteUserMutation, { show: (r) => ({ id: r.user.id, name: r.user.name, password: r.oneTimePassword }) });

export const updateUserAction = formAction(updateUserMutation);

export const setUserActiveAction = formAction(setUserActiveMutation);

export const resetPasswordAction = formAction(resetPasswordMutation, { show: (r) => ({ password: r.oneTimePassword }) });
