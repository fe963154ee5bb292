import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import { parseTrustedProxies, prepareRequestHeaders, type Trust } from "@/lib/http/client-address";

// Bordin's HTTP server: Next's request handler behind one step that decides who the client is.
// Next gives app code no socket address (and `next start` sets X-Forwarded-For only when a client
// did not), so here every request first loses the forwarded headers no trusted proxy sent and gets
// the client's address and scheme in headers of Bordin's own (lib/http/client-address.ts).
export async function serve({ dev, port, trust }: { dev: boolean; port: number; trust: Trust }): Promise<{ close(): Promise<void> }> {
  // Before Next loads: the production build must run with React's production code.
  Object.assign(process.env, { NODE_ENV: dev ? "development" : "production", NEXT_TELEMETRY_DISABLED: "1" });
  const { default: next } = await import("next");
  const app = next({ dev, dir: process.cwd(), hostname: "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    prepareRequestHeaders(req, trust);
    handle(req, res).catch((error: unknown) => {
      console.error(`[server] unexpected ${error instanceof Error ? error.name : typeof error}`);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, resolve));
  return {
    async close() {
      server.close();
      server.closeAllConnections();
      await app.close();
    },
  };
}

/** TRUSTED_PROXIES, or a clear message and exit: checked before a build, not after it. */
export function configuredTrust(): Trust {
  try {
    return parseTrustedProxies(process.env.TRUSTED_PROXIES);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

/** Serves until SIGINT or SIGTERM, then stops the server and exits. */
export async function serveUntilSignal(dev: boolean): Promise<void> {
  const trust = configuredTrust();
  const port = Number(process.env.PORT || 3000);
  console.log(`Bordin is starting on http://localhost:${port}`);
  const server = await serve({ dev, port, trust }).catch((error: unknown) => {
    console.error(`Bordin could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      // Exit even if a request hangs: a stopped server must not keep the port.
      setTimeout(() => process.exit(0), 3000).unref();
      void server.close().finally(() => process.exit(0));
    });
  }
}

// `npm run dev`: the same server around `next dev`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await serveUntilSignal(process.argv.includes("--dev"));
