// Links are the product's API: a link with every parameter opens the same view after a reload,
// and junk in any parameter leaves a working page with a notice saying what was ignored.
import { test } from "node:test";
import assert from "node:assert/strict";
import { start, openPage, resultCount, waitForCount } from "../lib/harness.mjs";
import { expectedSelection, seizures } from "../lib/data.mjs";

// Every filtering parameter at once, in canonical order, matching a real record.
const FULL =
  "view=table&from=2021&to=2021-12&country=CO&port=COSMR&origin=CO&dest=BE&drug=cocaine+hydrochloride" +
  "&cargo=bananas&kg=100-500&q=banano&sort=-kg&sel=co-santamarta-2021-06-bananas";
// And with `via` and `group` too (no single record has both: the view is empty, and says so).
const EVERY = FULL.replace("&kg=", "&via=BEANR&kg=").replace("&sort=", "&group=Los+Pachenca&sort=") + "&embed=1&lang=en";

test("links", async (t) => {
  const env = await start();
  t.after(() => env.close());

  for (const [name, link] of [["every filter that selects a record", FULL], ["every parameter", EVERY]]) {
    await t.test(`a link with ${name} opens the same view after a reload`, async () => {
      const want = expectedSelection(link);
      const page = await openPage(env, "?" + link);
      await waitForCount(page, want.count);
      assert.equal(new URL(page.url()).search, "?" + link, "the link is already canonical and is kept");
      assert.equal(await page.getByTestId("notice").count(), 0, "nothing was ignored");
      await page.reload();
      await waitForCount(page, want.count);
      assert.equal(new URL(page.url()).search, "?" + link);
      assert.ok(Math.abs((await resultCount(page)).kg - want.kg) < 0.01);
      if (link.includes("embed=1")) {
        assert.equal(await page.locator(".site-header").count(), 0, "still embedded");
      } else {
        assert.equal(await page.getByTestId("filter-from").inputValue(), "2021");
        assert.equal(await page.getByTestId("filter-to").inputValue(), "2021-12");
      }
    });
  }

  await t.test("the full link selects what the oracle selects", () => {
    assert.deepEqual(expectedSelection(FULL).ids, ["co-santamarta-2021-06-bananas"]);
  });

  const junk = {
    view: "globe",
    from: "2020-13",
    to: "soon",
    country: "Peru",
    port: "PE-CLL",
    origin: "Lima",
    dest: "12",
    via: "x",
    drug: "heroin",
    cargo: "gold",
    kg: "heavy",
    q: "x".repeat(101),
    group: "y".repeat(101),
    sel: "<script>",
    sort: "size",
    embed: "yes",
    lang: "fr",
    synthetic: "-5",
    colour: "red",
  };
  for (const [param, value] of Object.entries(junk)) {
    await t.test(`junk in ${param} leaves a working page and a notice`, async () => {
      // `country=PE` stays valid beside the junk (even beside junk in `country` itself).
      const query = `country=PE&${param}=${encodeURIComponent(value)}`;
      const page = await openPage(env, "?" + query);
      const notice = await page.getByTestId("notice").innerText();
      assert.match(notice, new RegExp(`\\b${param}\\b`), notice);
      // The rest of the link still applies, and the page still works.
      await waitForCount(page, expectedSelection("country=PE").count);
      await page.getByTestId("filter-from").fill("2020");
      await page.getByTestId("filter-from").press("Enter");
      await waitForCount(page, expectedSelection("country=PE&from=2020").count);
      assert.deepEqual(page.errors, []);
    });
  }

  await t.test("a link to a record that does not exist says so", async () => {
    const page = await openPage(env, "?sel=no-such-record");
    assert.match(await page.getByTestId("notice").innerText(), /no-such-record/);
    assert.equal((await resultCount(page)).count, seizures().length);
  });
});

test("generated data", async (t) => {
  const env = await start();
  t.after(() => env.close());

  await t.test("synthetic=N shows N generated records, labelled as such, and survives a reload", async () => {
    const page = await openPage(env, null);
    await page.goto(env.url + "?synthetic=20000");
    await waitForCount(page, 20000);
    const banner = await page.getByTestId("synthetic-banner").innerText();
    assert.match(banner, /not real/i);
    assert.match(banner, /20,000/);
    await page.locator('[data-testid="facet-country"] [data-testid="facet-item"][data-value="NL"] input').check();
    await page.waitForFunction(() => location.search === "?country=NL&synthetic=20000");
    const { count } = await resultCount(page);
    assert.ok(count > 0 && count < 20000, `${count}`);
    const ids = await page.locator('[data-testid="seizure-row"]').evaluateAll((els) => els.map((e) => e.dataset.id));
    assert.ok(ids.length > 0 && ids.every((id) => id.startsWith("synthetic-")));
    await page.reload();
    await waitForCount(page, count);
    await page.getByRole("button", { name: "Back to the real data" }).click();
    await waitForCount(page, expectedSelection("country=NL").count);
    assert.equal(await page.getByTestId("synthetic-banner").count(), 0);
  });
});
