import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";

// next-auth's own endpoints (csrf, credentials callback, session) for integrations and scripts; the
// app's login form uses the same check through a server action.
const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
