import { defineMutation } from "@/lib/mutation";
import { assignSupervision, removeSupervision } from "@/lib/data/supervision-admin";
import { supervisionPairSchema } from "@/lib/validation/users";

// Supervisor → therapist pairs, managed by the clinic's administrators (hidden from other roles).
const admin = { roles: ["ADMIN"], hideFromOtherRoles: true } as const;
const paths = () => ["/admin", "/admin/supervision", "/admin/users", "/supervision"];

export const assignSupervisionMutation = defineMutation({ ...admin, schema: supervisionPairSchema, run: assignSupervision, revalidate: paths });

export const removeSupervisionMutation = defineMutation({ ...admin, schema: supervisionPairSchema, run: removeSupervision, revalidate: paths });
