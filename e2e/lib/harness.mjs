// Shared set-up for the end-to-end tests: serve dist/ on 127.0.0.1, open pages in the system
// Chromium, and record every request and console error a page makes.
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { launchOptions } from "./browser.mjs";
import { serve } from "../../scripts/static-server.mjs";

export const DIST = fileURLToPath(new URL(`../../${process.env.PORTOLAN_DIST ?? "dist"}/`, import.meta.url));

/** Starts the server (on a free port, serving `dir`) and the browser; `close()` stops both. */
export async function start({ base = "/", dir = DIST } = {}) {
  const { server, url } = await serve({ dir, port: 0, base });
  const browser = await chromium.launch(launchOptions());
  return {
    url,
    origin: new URL(url).origin,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** A new page that records requests and console errors (CSP violations show up there). */
export async function openPage(env, path = "", { viewport = { width: 1280, height: 800 }, locale } = {}) {
  const context = await env.browser.newContext({ viewport, locale });
  const page = await context.newPage();
  page.requests = [];
  page.errors = [];
  page.sent = [];
  page.on("request", (r) => {
    page.requests.push(r.url());
    // Anything that could carry data away: a request with a body, or to another host.
    if (r.method() !== "GET" || r.postData()) page.sent.push(`${r.method()} ${r.url()}`);
  });
  page.on("console", (m) => m.type() === "error" && page.errors.push(m.text()));
  page.on("pageerror", (e) => page.errors.push(String(e)));
  if (path !== null) {
    await page.goto(env.url + path);
    await page.waitForSelector('[data-testid="result-count"]');
  }
  return page;
}

export async function resultCount(page) {
  const el = page.locator('[data-testid="result-count"]');
  return { count: Number(await el.getAttribute("data-count")), kg: Number(await el.getAttribute("data-kg")) };
}

/** Waits until the page's count equals `count` (the app updates in the next frame). */
export async function waitForCount(page, count) {
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="result-count"]')?.getAttribute("data-count") === String(n),
    count,
  );
}
