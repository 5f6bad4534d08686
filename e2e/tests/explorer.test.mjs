// The explorer's views on the real data and on generated data: the map, table, timeline and
// facets show what the test computes itself from data/seizures.csv; axe-core finds nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { start, openPage, resultCount, waitForCount } from "../lib/harness.mjs";
import { axeViolations } from "../lib/axe.mjs";
import { aggregates, expectedSelection, facetCounts, seizures } from "../lib/data.mjs";

const byId = (ids) => seizures().filter((r) => ids.includes(r.id));

test("explorer on the real data", async (t) => {
  const env = await start();
  t.after(() => env.close());

  await t.test("map markers and arcs match the aggregates for the filter", async () => {
    const query = "country=PE,EC,CO&from=2018";
    const want = expectedSelection(query);
    const { ports, legs } = aggregates(byId(want.ids));
    const page = await openPage(env, "?" + query);
    await page.waitForSelector('[data-testid="port-marker"]');
    const markers = await page.locator('[data-testid="port-marker"]').evaluateAll((els) =>
      els.map((e) => [e.dataset.locode, Number(e.dataset.count), Number(e.dataset.kg)]),
    );
    assert.equal(markers.length, ports.size);
    for (const [locode, count, kg] of markers) {
      assert.equal(count, ports.get(locode)?.count, locode);
      assert.ok(Math.abs(kg - ports.get(locode).kg) < 0.01, locode);
    }
    const arcs = await page.locator('[data-testid="route-arc"]').evaluateAll((els) =>
      els.map((e) => [`${e.dataset.from}>${e.dataset.to}>${e.dataset.leg}`, Number(e.dataset.count)]),
    );
    assert.ok(legs.size <= 150, "every leg is drawn for this filter");
    assert.equal(arcs.length, legs.size);
    for (const [key, count] of arcs) assert.equal(count, legs.get(key)?.count, key);
  });

  await t.test("the first view draws the light outlines; zooming in brings the detailed ones", async () => {
    const page = await openPage(env, "");
    await page.waitForSelector(".basemap path.land");
    const asked = (name) => page.requests.filter((u) => u.endsWith(name)).length;
    assert.equal(asked("countries-110m.json"), 1);
    assert.equal(asked("countries-50m.json"), 0, "the 1:50m outlines wait for a zoom");
    const light = await page.locator(".basemap path.land").count();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.waitForFunction((n) => document.querySelectorAll(".basemap path.land").length > n, light);
    assert.equal(asked("countries-50m.json"), 1);
    assert.deepEqual(page.errors, []);
  });

    await t.test("clicking a port opens its profile, with its reported figures apart", async () => {
    const page = await openPage(env, "");
    await page.locator('[data-testid="port-marker"][data-locode="BEANR"]').click();
    await page.waitForSelector('[data-testid="port-profile"]');
    assert.equal(new URL(page.url()).search, "?view=port&port=BEANR");
    assert.equal((await resultCount(page)).count, expectedSelection("port=BEANR").count);
    assert.ok((await page.locator('[data-testid="port-stat"]').count()) > 0, "Antwerp has reported figures");
    assert.match(await page.getByTestId("port-profile").innerText(), /never added to the seizure totals/);
  });

  await t.test("the table sorts, and a row opens the full record", async () => {
    const page = await openPage(env, "?view=table&country=BR");
    await page.getByTestId("sort-kg").click();
    await page.waitForFunction(() => location.search.includes("sort=-kg"));
    const want = byId(expectedSelection("country=BR").ids)
      .filter((r) => r.quantity_kg)
      .sort((a, b) => Number(b.quantity_kg) - Number(a.quantity_kg));
    const first = page.locator('[data-testid="seizure-row"]').first();
    await page.waitForFunction((id) => document.querySelector('[data-testid="seizure-row"]')?.dataset.id === id, want[0].id);
    await first.click();
    await page.waitForSelector('[data-testid="detail"]');
    assert.equal(new URL(page.url()).searchParams.get("sel"), want[0].id);
    const detail = await page.getByTestId("detail").innerText();
    assert.ok(detail.includes(want[0].source_publisher), "the detail cites its source");
    assert.ok(detail.includes(want[0].quantity_as_reported), "the quantity as reported");
    await page.reload();
    await page.waitForSelector('[data-testid="detail"]');
  });

  await t.test("dragging on the timeline when nothing matches is harmless", async () => {
    // Regression: the drag clamped to (0, -1) and the panic stopped the whole app.
    const page = await openPage(env, "?view=table&q=zzzz");
    await waitForCount(page, 0);
    const chart = page.getByTestId("timeline-chart");
    const box = await chart.boundingBox();
    if (box) {
      await page.mouse.move(box.x + 10, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      await page.mouse.up();
    }
    await page.getByTestId("filter-q").fill("banana").catch(() => {});
    assert.equal(await page.locator("#fatal").count(), 0);
    assert.deepEqual(page.errors, []);
  });

    await t.test("brushing the timeline sets from and to", async () => {
    const page = await openPage(env, "");
    const chart = page.getByTestId("timeline-chart");
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => location.search.includes("from=") && location.search.includes("to="));
    const p = new URL(page.url()).searchParams;
    assert.match(p.get("from"), /^\d{4}$/);
    assert.ok(p.get("to") >= p.get("from"));
    await waitForCount(page, expectedSelection(`from=${p.get("from")}&to=${p.get("to")}`).count);
  });

  await t.test("facet counts are counts under the other filters", async () => {
    const query = "country=PE&drug=cocaine";
    const page = await openPage(env, "?" + query);
    await waitForCount(page, expectedSelection(query).count);
    const items = async (param) =>
      new Map(
        await page
          .locator(`[data-testid="facet-${param}"] [data-testid="facet-item"]`)
          .evaluateAll((els) => els.map((e) => [e.dataset.value, Number(e.dataset.count)])),
      );
    // Countries under drug=cocaine only; drugs under country=PE only.
    const countries = facetCounts(byId(expectedSelection("drug=cocaine").ids), (r) => [r.country]);
    const drugs = facetCounts(byId(expectedSelection("country=PE").ids), (r) => [r.drug]);
    const shownCountries = await items("country");
    for (const [code, count] of shownCountries) assert.equal(count, countries.get(code), code);
    assert.deepEqual(await items("drug"), drugs);
    // A second value of the same facet is OR-ed.
    await page.locator('[data-testid="facet-country"] [data-testid="facet-item"][data-value="EC"] input').check();
    await waitForCount(page, expectedSelection("country=PE,EC&drug=cocaine").count);
    // Searching within a long facet.
    await page.locator('[data-testid="facet-country"] input[type="search"]').fill("bra");
    const left = await page.locator('[data-testid="facet-country"] [data-testid="facet-item"]').evaluateAll((els) => els.map((e) => e.dataset.value));
    assert.ok(left.includes("BR") && !left.includes("NL"), left.join());
  });

  for (const view of ["", "?view=table&sel=co-santamarta-2021-06-bananas", "?view=routes", "?view=port&port=NLRTM", "?view=about"]) {
    await t.test(`axe-core finds no violations: ${view || "map"}`, async () => {
      const page = await openPage(env, view);
      if (!view.includes("about")) await page.waitForSelector('[data-testid="result-count"][data-count]');
      await page.waitForTimeout(300);
      assert.deepEqual(await axeViolations(page), []);
    });
  }
});

test("explorer on 100,000 generated records", async (t) => {
  const env = await start();
  t.after(() => env.close());
  const page = await openPage(env, null);
  await page.goto(env.url + "?synthetic=100000&view=table");
  await waitForCount(page, 100000);

  await t.test("the table scrolls to the last row without drawing them all", async () => {
    const rows = await page.locator('[data-testid="seizure-row"]').count();
    assert.ok(rows > 0 && rows < 100, `${rows} rows drawn`);
    await page.getByTestId("table-scroll").evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="seizure-row"]')].some((r) => Number(r.dataset.row) === 99999),
    );
  });

  await t.test("markers and facets follow a filter", async () => {
    await page.getByTestId("view-map").click();
    await page.waitForSelector('[data-testid="port-marker"]');
    const before = await page.locator('[data-testid="port-marker"]').count();
    await page.locator('[data-testid="facet-country"] [data-testid="facet-item"][data-value="NL"] input').check();
    await page.waitForFunction(() => location.search.includes("country=NL"));
    const { count } = await resultCount(page);
    const markers = await page.locator('[data-testid="port-marker"]').evaluateAll((els) => els.map((e) => Number(e.dataset.count)));
    assert.ok(markers.length > 0 && markers.length < before);
    assert.ok(markers.reduce((a, b) => a + b, 0) <= count);
    const nl = await page.locator('[data-testid="facet-country"] [data-testid="facet-item"][data-value="NL"]').getAttribute("data-count");
    assert.equal(Number(nl), count);
  });

  await t.test("axe-core finds no violations on generated data", async () => {
    assert.deepEqual(await axeViolations(page), []);
  });

  await t.test("routes, a port profile and the about page work on generated data", async () => {
    await page.getByTestId("view-routes").click();
    await page.waitForSelector('[data-testid="route-row"]');
    const counts = await page.locator('[data-testid="route-row"]').evaluateAll((els) => els.map((e) => Number(e.dataset.count)));
    assert.ok(counts.length > 0 && counts.reduce((a, b) => a + b, 0) <= (await resultCount(page)).count);
    assert.deepEqual(await axeViolations(page), []);
    await page.goto(env.url + "?synthetic=100000&view=port&port=NLRTM");
    await page.waitForSelector('[data-testid="port-profile"]');
    await page.waitForSelector('[data-testid="result-count"][data-count]', { timeout: 60_000 });
    assert.ok((await resultCount(page)).count > 0);
    assert.match(await page.getByTestId("synthetic-banner").innerText(), /not real/i);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByTestId("view-about").click();
    assert.deepEqual(await axeViolations(page), []);
  });
});
