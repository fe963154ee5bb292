// The address patients reach the app at, for rating links and QR codes. APP_URL wins when set (a
// deployment behind a proxy that rewrites Host should set it); otherwise the request's own
// Host / X-Forwarded-Host and X-Forwarded-Proto headers.
export function appBaseUrl(headers: Pick<Headers, "get">): string {
  const configured = process.env.APP_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const host = first(headers.get("x-forwarded-host")) ?? headers.get("host") ?? "localhost:3000";
  // `next start` itself serves plain HTTP; a TLS-terminating proxy says so in X-Forwarded-Proto.
  const proto = first(headers.get("x-forwarded-proto")) === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

function first(value: string | null): string | null {
  const v = value?.split(",")[0]?.trim();
  return v ? v : null;
}
