import { apiMutation } from "@/lib/http/api";
import { resetPasswordMutation } from "@/lib/mutations/users";

// A new one-time password, returned in this answer only.
export const POST = apiMutation(resetPasswordMutation, { status: 201 });
