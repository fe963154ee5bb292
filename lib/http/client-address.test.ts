import { describe, expect, it } from "vitest";
import type { IncomingHttpHeaders } from "node:http";
import { addressOf } from "@/lib/auth";
import { CLIENT_ADDRESS_HEADER, CLIENT_PROTO_HEADER, parseTrustedProxies, prepareRequestHeaders, resolveClientAddress } from "./client-address";

const request = (remoteAddress: string | undefined, headers: IncomingHttpHeaders = {}, encrypted = false) => ({ socket: { remoteAddress, encrypted }, headers });

describe("resolveClientAddress: the socket, or the right-most untrusted X-Forwarded-For hop behind trusted proxies", () => {
  it.each([
    ["socket only", "198.51.100.7", undefined, "", "198.51.100.7"],
    ["spoofed X-Forwarded-For, nothing trusted", "198.51.100.7", "9.9.9.9", "", "198.51.100.7"],
    ["spoofed X-Forwarded-For from loopback, nothing trusted", "127.0.0.1", "9.9.9.9", "", "127.0.0.1"],
    ["spoofed X-Forwarded-For from a host that is not the trusted proxy", "198.51.100.7", "9.9.9.9", "127.0.0.1", "198.51.100.7"],
    ["trusted proxy: the hop it appended, not the client's own entry", "127.0.0.1", "9.9.9.9, 203.0.113.5", "127.0.0.1", "203.0.113.5"],
    ["several trusted hops", "10.0.0.2", "9.9.9.9, 203.0.113.5, 10.0.0.1", "10.0.0.0/8", "203.0.113.5"],
    ["several trusted hops, listed one by one", "10.0.0.2", "203.0.113.5, 10.0.0.1", "10.0.0.1, 10.0.0.2", "203.0.113.5"],
    ["every hop trusted: the furthest one", "10.0.0.2", "10.0.0.9", "10.0.0.0/8", "10.0.0.9"],
    ["keyword loopback, IPv6 socket", "::1", "203.0.113.5", "loopback", "203.0.113.5"],
    ["keyword uniquelocal", "192.168.1.10", "203.0.113.5", "uniquelocal", "203.0.113.5"],
    ["IPv4-mapped socket reads as IPv4", "::ffff:127.0.0.1", undefined, "", "127.0.0.1"],
    ["IPv4-mapped socket matches an IPv4 trust entry", "::ffff:127.0.0.1", "203.0.113.5", "127.0.0.1", "203.0.113.5"],
    ["IPv4-mapped hop in the header reads as IPv4", "127.0.0.1", "::ffff:203.0.113.5", "loopback", "203.0.113.5"],
    ["IPv6 client behind a trusted proxy", "127.0.0.1", "2001:db8::1", "loopback", "2001:db8::1"],
    ["IPv6 socket, nothing trusted", "2001:db8::2", "9.9.9.9", "", "2001:db8::2"],
    ["a trusted proxy passing on something that is not an address", "127.0.0.1", "not-an-address", "loopback", "unknown"],
    ["no socket address (connection already gone)", undefined, "9.9.9.9", "", "unknown"],
  ])("%s", (_name, socket, xff, trusted, expected) => {
    const headers = xff === undefined ? {} : { "x-forwarded-for": xff };
    expect(resolveClientAddress(request(socket, headers), parseTrustedProxies(trusted))).toBe(expected);
  });

  it("refuses a TRUSTED_PROXIES entry that is no address, naming it", () => {
    expect(() => parseTrustedProxies("127.0.0.1, proxy.example")).toThrow(/TRUSTED_PROXIES.*proxy\.example/);
  });
});

describe("prepareRequestHeaders: what Next and the app get to see", () => {
  const spoofed = {
    "x-forwarded-for": "9.9.9.9",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
    "x-forwarded-port": "443",
    forwarded: "for=9.9.9.9;host=evil.example;proto=https",
    "x-real-ip": "9.9.9.9",
    [CLIENT_ADDRESS_HEADER]: "9.9.9.9",
    [CLIENT_PROTO_HEADER]: "https",
    host: "bordin.example:3000",
  };

  it("from an untrusted peer: forwarded headers are dropped and the client's copies of ours replaced", () => {
    const req = request("198.51.100.7", { ...spoofed });
    prepareRequestHeaders(req, parseTrustedProxies(""));
    expect(req.headers).toEqual({ host: "bordin.example:3000", [CLIENT_ADDRESS_HEADER]: "198.51.100.7", [CLIENT_PROTO_HEADER]: "http" });
  });

  it("from a trusted proxy: its forwarded headers stay and decide the address and the scheme", () => {
    const req = request("127.0.0.1", { ...spoofed, "x-forwarded-for": "9.9.9.9, 203.0.113.5" });
    prepareRequestHeaders(req, parseTrustedProxies("loopback"));
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.5");
    expect(req.headers[CLIENT_PROTO_HEADER]).toBe("https");
    expect(req.headers["x-forwarded-host"]).toBe("evil.example");
  });

  it("a trusted proxy that says http, or says nothing, means http; a TLS socket means https", () => {
    const plain = request("127.0.0.1", { "x-forwarded-proto": "http" });
    prepareRequestHeaders(plain, parseTrustedProxies("loopback"));
    expect(plain.headers[CLIENT_PROTO_HEADER]).toBe("http");
    const tls = request("198.51.100.7", {}, true);
    prepareRequestHeaders(tls, parseTrustedProxies(""));
    expect(tls.headers[CLIENT_PROTO_HEADER]).toBe("https");
  });
});

describe("addressOf: app code reads only the server's own header", () => {
  it.each([
    ["the server's header", { [CLIENT_ADDRESS_HEADER]: "198.51.100.7" }, "198.51.100.7"],
    ["a client's X-Forwarded-For is ignored", { [CLIENT_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "9.9.9.9" }, "127.0.0.1"],
    ["X-Forwarded-For or X-Real-IP alone are not an address", { "x-forwarded-for": "9.9.9.9", "x-real-ip": "9.9.9.9" }, "unknown"],
  ])("%s", (_name, headers, expected) => {
    expect(addressOf(new Headers(headers))).toBe(expected);
  });
});
