// A reader's journey, at the site root and under a sub-path: open a shared link, change a filter,
// reload, go Back; the page must match counts computed here from data/seizures.csv, and every
// request must go to the host that served the page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openPage, resultCount, waitForCount } from "../lib/harness.mjs";
import { expectedSelection } from "../lib/data.mjs";

for (const base of ["/", "/portolan/"]) {
  test(`journey with the build served at ${base}`, async (t) => {
    const env = await start({ base });
    t.after(() => env.close());
    const page = await openPage(env, "?country=PE&from=2020");

    await t.test("a shared link opens the view it names", async () => {
      const want = expectedSelection("country=PE&from=2020");
      assert.ok(want.count > 0, "the data has Peruvian seizures since 2020");
      const got = await resultCount(page);
      assert.equal(got.count, want.count);
      assert.ok(Math.abs(got.kg - want.kg) < 0.01, `${got.kg} kg vs ${want.kg} kg`);
      const ids = await page.locator('[data-testid="seizure-row"]').evaluateAll((els) => els.map((e) => e.dataset.id));
      assert.equal(ids.length, Math.min(want.count, 50), "the first page of rows is listed");
      assert.ok(ids.every((id) => want.ids.includes(id)), "every listed row matches the filter");
    });

    await t.test("a filter change goes into the address", async () => {
      await page.getByTestId("filter-to").fill("2023");
      await page.getByTestId("filter-to").press("Enter");
      const want = expectedSelection("country=PE&from=2020&to=2023");
      await waitForCount(page, want.count);
      assert.equal(new URL(page.url()).search, "?from=2020&to=2023&country=PE");
      assert.equal(new URL(page.url()).pathname, base);
    });

    await t.test("adding a country is one more step in the history", async () => {
      await page.locator('[data-testid="facet-country"] [data-testid="facet-item"][data-value="EC"] input').check();
      const want = expectedSelection("country=PE,EC&from=2020&to=2023");
      await waitForCount(page, want.count);
      assert.equal(new URL(page.url()).search, "?from=2020&to=2023&country=EC,PE");
    });

    await t.test("a reload shows the same view", async () => {
      await page.reload();
      await page.waitForSelector('[data-testid="result-count"]');
      assert.equal((await resultCount(page)).count, expectedSelection("country=PE,EC&from=2020&to=2023").count);
      assert.equal(await page.getByTestId("filter-to").inputValue(), "2023");
    });

    await t.test("Back undoes one change at a time", async () => {
      await page.goBack();
      await waitForCount(page, expectedSelection("country=PE&from=2020&to=2023").count);
      assert.equal(new URL(page.url()).search, "?from=2020&to=2023&country=PE");
      assert.equal(await page.getByTestId("filter-to").inputValue(), "2023");
      await page.goBack();
      await waitForCount(page, expectedSelection("country=PE&from=2020").count);
      assert.equal(await page.getByTestId("filter-to").inputValue(), "");
    });

    await t.test("every request went to the serving host, without errors", async () => {
      assert.ok(page.requests.length >= 4, "the page, its script, styles and wasm");
      for (const url of page.requests) assert.equal(new URL(url).origin, env.origin, url);
      assert.deepEqual(page.errors, []);
    });
  });
}
