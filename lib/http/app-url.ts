import { CLIENT_PROTO_HEADER } from "@/lib/http/client-address";

// The address patients reach the app at, for rating links and QR codes. APP_URL wins when set (a
// deployment behind a proxy that rewrites Host should set it); otherwise the request's Host, or
// X-Forwarded-Host, and the scheme the server saw. The server (scripts/serve.ts) drops
// X-Forwarded-Host unless a trusted proxy sent it, and says https only for a TLS socket or a trusted
// proxy's X-Forwarded-Proto, so a client cannot point rating links at another site.
export function appBaseUrl(headers: Pick<Headers, "get">): string {
  const configured = process.env.APP_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const host = first(headers.get("x-forwarded-host")) ?? headers.get("host") ?? "localhost:3000";
  const proto = headers.get(CLIENT_PROTO_HEADER) === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

function first(value: string | null): string | null {
  const v = value?.split(",")[0]?.trim();
  return v ? v : null;
}
