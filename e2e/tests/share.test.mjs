// Taking a view away: the copied link opens the same view, exports hold exactly the records in
// view with their citations, and an embedded view works inside an article's iframe.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { start, openPage, resultCount, waitForCount } from "../lib/harness.mjs";
import { expectedSelection, parseCsv, seizures } from "../lib/data.mjs";

const QUERY = "from=2019&country=EC,PE&dest=BE,NL";

test("share, cite, export, embed", async (t) => {
  const env = await start();
  t.after(() => env.close());
  const want = expectedSelection(QUERY);

  await t.test("copy link → a new page opens the same view", async () => {
    const page = await openPage(env, "?" + QUERY);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.origin });
    await waitForCount(page, want.count);
    await page.getByTestId("copy-link").click();
    await page.waitForFunction(() => document.querySelector('[data-testid="share-status"]')?.textContent.includes("copied"));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, page.url());
    const other = await openPage(env, null);
    await other.goto(copied);
    await waitForCount(other, want.count);
    assert.equal(other.url(), page.url());
  });

  await t.test("the citation names the filters, the version, the link and the sources", async () => {
    const page = await openPage(env, "?" + QUERY);
    await waitForCount(page, want.count);
    await page.getByTestId("cite").click();
    const text = await page.getByTestId("citation").innerText();
    const version = JSON.parse(readFileSync(new URL("../../data/dataset.json", import.meta.url))).version;
    assert.ok(text.includes(version), text);
    assert.ok(text.includes(page.url()), text);
    assert.match(text, /Ecuador or Peru/);
    assert.match(text, /from 2019/);
    // Up to twelve publishers are named, the rest counted.
    const publishers = [...new Set(seizures().filter((r) => want.ids.includes(r.id)).map((r) => r.source_publisher))];
    const named = publishers.filter((p) => text.includes(p)).length;
    assert.ok(named >= Math.min(12, publishers.length), text);
    if (publishers.length > 12) assert.ok(text.includes(`and ${publishers.length - 12} other publishers`), text);
  });

  for (const kind of ["csv", "json"]) {
    await t.test(`export ${kind.toUpperCase()} holds exactly the records in view, with citations`, async () => {
      const page = await openPage(env, "?" + QUERY);
      await waitForCount(page, want.count);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`export-${kind}`).click()]);
      const text = readFileSync(await download.path(), "utf8");
      const rows = kind === "csv" ? parseCsv(text) : JSON.parse(text);
      assert.equal(rows.length, want.count);
      assert.deepEqual(new Set(rows.map((r) => r.id)), new Set(want.ids));
      const original = new Map(seizures().map((r) => [r.id, r]));
      for (const r of rows) {
        const o = original.get(r.id);
        for (const column of ["source_url", "source_title", "source_publisher", "source_date", "date", "quantity_kg", "quantity_as_reported"]) {
          assert.equal(r[column], o[column], `${r.id} ${column}`);
        }
      }
    });
  }

  await t.test("the map can be saved as an SVG file", async () => {
    const page = await openPage(env, "?" + QUERY);
    await page.waitForSelector('[data-testid="port-marker"]');
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-svg").click()]);
    const svg = readFileSync(await download.path(), "utf8");
    assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(svg, /data-testid="port-marker"/);
  });

  await t.test("embed=1 shows one view inside an iframe, with a link to the full view", async () => {
    const page = await openPage(env, null);
    await page.goto(env.url + "favicon-does-not-exist");
    await page.setContent(`<h1>A news article</h1><iframe title="Portolan" width="800" height="600" src="${env.url}?${QUERY}&embed=1"></iframe>`);
    const frame = page.frameLocator("iframe");
    await frame.locator(`[data-testid="result-count"][data-count="${want.count}"]`).waitFor();
    assert.equal(await frame.locator(".site-header").count(), 0, "no surrounding page");
    assert.equal(await frame.locator(".filters").count(), 0);
    assert.ok((await frame.locator('[data-testid="port-marker"]').count()) > 0, "the map is there");
    const href = await frame.getByTestId("embed-full-link").getAttribute("href");
    assert.equal(href, new URL(env.url).pathname + "?" + QUERY);
  });
});
