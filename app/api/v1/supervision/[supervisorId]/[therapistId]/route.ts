import { apiMutation } from "@/lib/http/api";
import { removeSupervisionMutation } from "@/lib/mutations/supervision";

// The pair is named by its path; the request has no body.
export const DELETE = apiMutation(removeSupervisionMutation, { body: false });
