import { apiRead } from "@/lib/http/api";
import { patientForApi } from "@/lib/data/api-views";

export const GET = apiRead(undefined, (user, params) => patientForApi(user, params.id));
