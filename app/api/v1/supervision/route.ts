import { apiMutation, apiRead } from "@/lib/http/api";
import { listSupervisionPairs } from "@/lib/data/supervision-admin";
import { assignSupervisionMutation } from "@/lib/mutations/supervision";

export const GET = apiRead(["ADMIN"], async (user) => ({ pairs: await listSupervisionPairs(user) }), { hideFromOtherRoles: true });

export const POST = apiMutation(assignSupervisionMutation, { status: 201 });
