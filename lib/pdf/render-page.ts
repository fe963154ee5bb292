import "server-only";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

// Printing one of the app's own pages to PDF in the installed Chromium (docs/decisions/0007): the
// page is loaded from this server over loopback with the requester's own cookies, so it is the same
// page, with the same access checks and audit, as the one they see; Chromium prints it with the
// print stylesheet. One render at a time: a browser per request is heavy on a small machine.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TIMEOUT = 60_000;

export class ChromiumMissing extends Error {}
export class PageNotRendered extends Error {}

let queue: Promise<unknown> = Promise.resolve();

/** Parses a Cookie header into name/value pairs. */
function cookiePairs(header: string): { name: string; value: string }[] {
  return header
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part.includes("="))
    .map((part) => ({ name: part.slice(0, part.indexOf("=")), value: part.slice(part.indexOf("=") + 1) }));
}

/**
 * The PDF of `path` (with its query) on this server, as the holder of `cookieHeader` sees it.
 * Throws ChromiumMissing when there is no browser to print with, PageNotRendered when the page did
 * not answer 200.
 */
export function renderPagePdf(path: string, cookieHeader: string, acceptLanguage: string | null): Promise<Buffer> {
  if (!existsSync(/*turbopackIgnore: true*/ CHROMIUM_PATH)) return Promise.reject(new ChromiumMissing());
  const run = queue.then(() => render(path, cookieHeader, acceptLanguage));
  queue = run.catch(() => undefined);
  return run;
}

async function render(path: string, cookieHeader: string, acceptLanguage: string | null): Promise<Buffer> {
  // The server's own port on loopback: never the Host the request named, which a client controls.
  const origin = `http://127.0.0.1:${Number(process.env.PORT || 3000)}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, timeout: TIMEOUT });
  try {
    const context = await browser.newContext({ extraHTTPHeaders: acceptLanguage ? { "Accept-Language": acceptLanguage } : {} });
    // Secure is dropped: the cookies go to this server over loopback only.
    await context.addCookies(cookiePairs(cookieHeader).map((c) => ({ ...c, url: origin })));
    const page = await context.newPage();
    const response = await page.goto(`${origin}${path}`, { waitUntil: "load", timeout: TIMEOUT });
    if (response?.status() !== 200) throw new PageNotRendered(`status ${response?.status() ?? "none"}`);
    await page.emulateMedia({ media: "print" });
    return await page.pdf({ format: "A4", printBackground: true, margin: { top: "14mm", bottom: "14mm", left: "12mm", right: "12mm" } });
  } finally {
    await browser.close();
  }
}
