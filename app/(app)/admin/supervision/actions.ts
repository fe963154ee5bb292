"use server";
import { formAction } from "@/lib/mutation";
import { assignSupervisionMutation, removeSupervisionMutation } from "@/lib/mutations/supervision";

export const assignSupervisionAction = formAction(assignSupervisionMutation, { redirectTo: () => "/admin/supervision?done=assigned" });

export const removeSupervisionAction = formAction(removeSupervisionMutation, { redirectTo: () => "/admin/supervision?done=removed" });
