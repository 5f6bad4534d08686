// Safe by default: hostile links are shown as text, inline script is refused by the page's
// Content-Security-Policy, and source links cannot leak the reader's view.
import { test } from "node:test";
import assert from "node:assert/strict";
import { start, openPage, resultCount } from "../lib/harness.mjs";
import { seizures } from "../lib/data.mjs";

test("safety", async (t) => {
  const env = await start();
  t.after(() => env.close());

  await t.test("a hostile link is reported as text and never run", async () => {
    const page = await openPage(env, null);
    let dialogs = 0;
    page.on("dialog", async (d) => (dialogs++, await d.dismiss()));
    const hostile = "?country=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&from=javascript:alert(1)&%3Cscript%3E=1";
    await page.goto(env.url + hostile);
    await page.waitForSelector('[data-testid="notice"]');
    const notice = await page.getByTestId("notice").innerText();
    assert.match(notice, /<img src=x onerror=alert\(1\)>/);
    assert.match(notice, /javascript:alert\(1\)/);
    assert.equal(await page.locator("img").count(), 0, "no element was created from the link");
    assert.equal((await resultCount(page)).count, seizures().length, "ignored filters do not filter");
    assert.equal(dialogs, 0);
  });

  await t.test("the Content-Security-Policy refuses inline and foreign scripts", async () => {
    const page = await openPage(env);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    assert.match(csp, /default-src 'self'/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*/);
    const ran = await page.evaluate(() => {
      window.__ran = false;
      const s = document.createElement("script");
      s.textContent = "window.__ran = true";
      document.head.append(s);
      return window.__ran;
    });
    assert.equal(ran, false, "an injected inline script did not run");
    const fetched = await page.evaluate(() =>
      fetch("http://192.0.2.1/x").then(
        () => "fetched",
        () => "blocked",
      ),
    );
    assert.equal(fetched, "blocked");
    for (const url of page.requests) assert.equal(new URL(url).origin, env.origin, url);
  });

  await t.test("source links are http(s) and carry no referrer", async () => {
    const page = await openPage(env);
    const links = await page.locator(".source a").evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute("href"), rel: a.getAttribute("rel"), target: a.target })),
    );
    assert.ok(links.length > 0);
    for (const l of links) {
      assert.match(l.href, /^https?:\/\//);
      assert.equal(l.rel, "noopener noreferrer");
    }
    assert.equal(await page.locator('meta[name="referrer"]').getAttribute("content"), "no-referrer");
  });
});
