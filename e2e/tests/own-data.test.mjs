// A reader's own file: read in the tab, never sent; good rows load, bad rows are named, hostile
// content stays text, and the reader can go back to the bundled data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { start, openPage, resultCount, waitForCount } from "../lib/harness.mjs";
import { parseCsv } from "../lib/data.mjs";

const RAW = readFileSync(new URL("../../data/seizures.csv", import.meta.url), "utf8");
const [HEADER, ...LINES] = RAW.split("\n").filter(Boolean);
const ROWS = parseCsv(RAW);
const csvCell = (v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const toCsv = (rows) => [HEADER, ...rows.map((r) => HEADER.split(",").map((c) => csvCell(r[c] ?? "")).join(","))].join("\n") + "\n";

async function load(page, name, content, mimeType = "text/csv") {
  const before = page.requests.length;
  await page.getByTestId("load-data").setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  return before;
}

test("your own data", async (t) => {
  const env = await start();
  t.after(() => env.close());

  await t.test("a valid file loads, stays in the tab, and the link says it is local", async () => {
    const page = await openPage(env, "");
    const mine = ROWS.filter((r) => r.country === "NL");
    const before = await load(page, "mine.csv", toCsv(mine));
    await waitForCount(page, mine.length);
    await page.waitForFunction(() => location.search.includes("data=local"));
    assert.equal(await page.getByTestId("copy-link").isDisabled(), true, "a local view cannot be shared");
    // Reading the file sent nothing anywhere.
    assert.deepEqual(page.sent, []);
    for (const url of page.requests.slice(before)) assert.equal(new URL(url).origin, env.origin, url);
    await page.getByTestId("back-to-bundled").click();
    await waitForCount(page, ROWS.length);
    await page.goBack();
    await waitForCount(page, mine.length);
  });

  await t.test("a country the app has no name for stays in the link when the file holds it", async () => {
    // Regression: countries outside the named set loaded but were dropped from links as unknown.
    const page = await openPage(env, "");
    const mine = [
      { ...ROWS[0], id: "greenland-1", country: "GL", port: "", location_type: "at_sea" },
      { ...ROWS[1], id: "greenland-2", country: "GL", port: "", location_type: "at_sea" },
      ...ROWS.slice(2, 5),
    ];
    await load(page, "greenland.csv", toCsv(mine));
    await waitForCount(page, mine.length);
    await page.locator('[data-testid="facet-country"] [data-testid="facet-item"][data-value="GL"] input').check();
    await waitForCount(page, 2);
    assert.match(new URL(page.url()).search, /country=GL/);
    assert.doesNotMatch(await page.getByTestId("notice").innerText().catch(() => ""), /GL: unknown/);
  });

  await t.test("a JSON file loads too", async () => {
    const page = await openPage(env, "");
    const mine = ROWS.filter((r) => r.country === "BE");
    await load(page, "mine.json", JSON.stringify(mine), "application/json");
    await waitForCount(page, mine.length);
  });

  await t.test("bad rows are listed with row, column and reason; the good rows load", async () => {
    const page = await openPage(env, "");
    const good = ROWS.slice(0, 10);
    const bad = [
      { ...ROWS[20], id: "bad-date", date: "2022-13" },
      { ...ROWS[21], id: "bad-port", port: "ZZZZZ" },
      { ...ROWS[22], id: "bad-kg", quantity_kg: "-3" },
    ];
    await load(page, "some-bad.csv", toCsv([...good, ...bad]));
    await waitForCount(page, good.length);
    const notice = await page.getByTestId("notice").innerText();
    assert.match(notice, /row 12, column date: .*2022-13/);
    assert.match(notice, /row 13, column port: .*ZZZZZ/);
    assert.match(notice, /row 14, column quantity_kg: .*negative/);
  });

  await t.test("hostile content is shown as text or refused, never run", async () => {
    const page = await openPage(env, "");
    let dialogs = 0;
    page.on("dialog", async (d) => (dialogs++, await d.dismiss()));
    const rows = [
      { ...ROWS[0], id: "x-script", summary: "<script>alert(1)</script><img src=x onerror=alert(2)>" },
      { ...ROWS[1], id: "x-link", source_url: "javascript:alert(3)" },
      { ...ROWS[2], id: "x-huge", place: "A".repeat(20000) },
    ];
    await load(page, "hostile.csv", toCsv(rows));
    await waitForCount(page, 1);
    const summary = await page.locator('[data-testid="seizure-row"] .summary').first().innerText();
    assert.equal(summary, rows[0].summary);
    assert.equal(await page.locator("img[src=x]").count(), 0);
    const notice = await page.getByTestId("notice").innerText();
    assert.match(notice, /source_url/);
    assert.match(notice, /longer than 10000 characters/);
    assert.equal(dialogs, 0);
  });

  await t.test("a file in another encoding is refused with a reason", async () => {
    const page = await openPage(env, "");
    const latin1 = Buffer.concat([Buffer.from(HEADER + "\n"), Buffer.from([0x50, 0x65, 0x72, 0xfa, 0x0a])]);
    await page.getByTestId("load-data").setInputFiles({ name: "latin1.csv", mimeType: "text/csv", buffer: latin1 });
    await page.waitForSelector('[data-testid="load-report"]');
    assert.match(await page.getByTestId("notice").innerText(), /not UTF-8/);
    assert.equal((await resultCount(page)).count, ROWS.length, "the bundled data stays");
  });

  await t.test("100,000 rows load with visible progress, without freezing the page", async () => {
    const page = await openPage(env, "");
    const lines = [];
    for (let i = 0; lines.length < 100_000; i++) {
      const line = LINES[i % LINES.length];
      lines.push(line.replace(/^[^,]+/, (id) => `${id}-${i}`));
    }
    const file = join(mkdtempSync(join(tmpdir(), "portolan-")), "big.csv");
    writeFileSync(file, [HEADER, ...lines].join("\n") + "\n");
    await page.getByTestId("load-data").setInputFiles(file);
    await page.waitForSelector('[data-testid="load-progress"]', { timeout: 10_000 });
    // The page answers while it loads.
    const answered = await page.evaluate(() => new Promise((ok) => setTimeout(() => ok(true), 0)));
    assert.ok(answered);
    await waitForCount(page, 100_000);
  });
});
