import { apiMutation, apiRead } from "@/lib/http/api";
import { listUsers } from "@/lib/data/user-admin";
import { inviteUserMutation } from "@/lib/mutations/users";

// The clinic's accounts, for provisioning from a script: admins only, and 404 to every other role.
export const GET = apiRead(["ADMIN"], async (user) => ({ users: await listUsers(user) }), { hideFromOtherRoles: true });

// The answer carries the one-time password: the only time it is ever shown.
export const POST = apiMutation(inviteUserMutation, { status: 201 });
