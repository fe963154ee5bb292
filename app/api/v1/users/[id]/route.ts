import { apiMutation, apiRead } from "@/lib/http/api";
import { getUser } from "@/lib/data/user-admin";
import { updateUserMutation } from "@/lib/mutations/users";

export const GET = apiRead(["ADMIN"], (user, params) => getUser(user, params.id), { hideFromOtherRoles: true });

export const PATCH = apiMutation(updateUserMutation);
