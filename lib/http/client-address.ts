import { isIP } from "node:net";
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

// Who is on the other end of a request. Next.js gives app code no socket address, so the custom
// server (scripts/serve.ts) works it out from the socket and TRUSTED_PROXIES, and hands it on in
// headers of its own after deleting any copies a client sent. App code reads only those headers.
export const CLIENT_ADDRESS_HEADER = "x-bordin-client-address";
export const CLIENT_PROTO_HEADER = "x-bordin-client-proto";

// What only a trusted proxy may tell us. From anyone else they are claims an attacker chooses, and
// Next, next-auth and lib/http/app-url.ts would believe them, so they are dropped before Next sees them.
const FORWARDED = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

export type Trust = (address: string, hop: number) => boolean;
type RequestLike = { headers: IncomingHttpHeaders; socket: { remoteAddress?: string; encrypted?: boolean } };

/**
 * TRUSTED_PROXIES: comma-separated IPs and CIDRs, or proxy-addr's keywords loopback, linklocal and
 * uniquelocal. Empty (the default) trusts no proxy: every forwarded header is ignored.
 */
export function parseTrustedProxies(value: string | undefined): Trust {
  const entries = (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  try {
    return proxyAddr.compile(entries);
  } catch (error) {
    throw new Error(`TRUSTED_PROXIES: ${error instanceof Error ? error.message : String(error)} (expected IPs, CIDRs, loopback, linklocal or uniquelocal)`);
  }
}

/**
 * The client's address: the socket's when it is not a trusted proxy; behind trusted proxies the
 * right-most X-Forwarded-For hop that is not one of them (hops further left are the client's own
 * claims). IPv4-mapped IPv6 addresses read as IPv4, so one client has one spelling.
 */
export function resolveClientAddress(req: RequestLike, trust: Trust): string {
  const address = proxyAddr(req as IncomingMessage, trust);
  return address && isIP(address) ? unmap(address) : "unknown";
}

/** Rewrites a request's headers in place, before Next (or anything else) reads them. */
export function prepareRequestHeaders(req: RequestLike, trust: Trust): void {
  const headers = req.headers;
  delete headers[CLIENT_ADDRESS_HEADER];
  delete headers[CLIENT_PROTO_HEADER];
  const peer = req.socket.remoteAddress;
  const viaTrustedProxy = !!peer && trust(peer, 0);
  const address = resolveClientAddress(req, trust);
  // Like Express: the first X-Forwarded-Proto entry is the one the outermost proxy set.
  const forwardedProto = String(headers["x-forwarded-proto"] ?? "").split(",")[0].trim().toLowerCase();
  const https = !!req.socket.encrypted || (viaTrustedProxy && forwardedProto === "https");
  if (!viaTrustedProxy) for (const name of FORWARDED) delete headers[name];
  headers[CLIENT_ADDRESS_HEADER] = address;
  headers[CLIENT_PROTO_HEADER] = https ? "https" : "http";
}

/** The address the server put on a request (see above); "unknown" when it did not come through it. */
export function addressOf(headers: Pick<Headers, "get">): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
}

function unmap(address: string): string {
  const v4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return v4 ? v4[1] : address;
}
