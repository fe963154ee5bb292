import { defineMutation } from "@/lib/mutation";
import { inviteUser, resetUserPassword, updateUser } from "@/lib/data/user-admin";
import { userActiveSchema, userIdSchema, userInviteSchema, userUpdateSchema } from "@/lib/validation/users";

// The clinic's accounts, managed by its administrators. Other roles get the 404 a missing page gets:
// the admin area is not revealed to them (docs/access.md).
const admin = { roles: ["ADMIN"], hideFromOtherRoles: true } as const;
const revalidateUser = (id: string) => ["/admin", "/admin/users", `/admin/users/${id}`, "/admin/supervision"];

/** A new account with a one-time password, shown once to the admin to pass on. */
export const inviteUserMutation = defineMutation({
  ...admin,
  schema: userInviteSchema,
  form: { lists: ["roles"] },
  run: (user, input) => inviteUser(user, input),
  revalidate: (r) => revalidateUser(r.user.id),
});

/** Name, roles, language and (through the API) active; the form posts every role box, so roles are always a list. */
export const updateUserMutation = defineMutation({
  ...admin,
  schema: userUpdateSchema,
  form: { lists: ["roles"] },
  run: (user, input) => updateUser(user, input),
  revalidate: (r) => revalidateUser(r.id),
});

/** The user page's deactivate / reactivate button. */
export const setUserActiveMutation = defineMutation({
  ...admin,
  schema: userActiveSchema,
  run: (user, input) => updateUser(user, input),
  revalidate: (r) => revalidateUser(r.id),
});

/** A new one-time password; the user's logins end and they must choose a password at the next one. */
export const resetPasswordMutation = defineMutation({
  ...admin,
  schema: userIdSchema,
  run: (user, input) => resetUserPassword(user, input.id),
  revalidate: (r) => revalidateUser(r.user.id),
});
