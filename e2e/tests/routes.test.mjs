// Journeys as a reader meets them: the map's legs into and out of Callao, the journey in a
// record's detail, the Callao profile's journeys and `via`, all checked against what this test
// computes itself from data/seizures.csv with the README's rules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { start, openPage, resultCount } from "../lib/harness.mjs";
import { axeViolations } from "../lib/axe.mjs";
import { expectedSelection, journey, positions, seizures } from "../lib/data.mjs";

/** Countries of Europe among the data's routes (ISO 3166-1 alpha-2). */
const EUROPE = new Set("AL AT BA BE BG CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LT LU LV ME MK MT NL NO PL PT RO RS RU SE SI SK UA XK".split(" "));
const european = (place) => EUROPE.has(place.slice(0, 2));
const WOOD_FLOORS = "pe-callao-2024-01-wood-floors";

test("journeys", async (t) => {
  const env = await start();
  t.after(() => env.close());
  const records = seizures();
  const where = positions();

  await t.test("?port=PECLL: no leg from Europe into Callao; planned legs drawn as planned", async () => {
    const page = await openPage(env, "?port=PECLL");
    await page.waitForSelector('[data-testid="route-arc"]');
    const arcs = await page.locator('[data-testid="route-arc"]').evaluateAll((els) => els.map((e) => ({ ...e.dataset })));
    const into = arcs.filter((a) => a.to === "PECLL");
    assert.ok(into.length > 0, "legs into Callao are drawn");
    for (const a of into) assert.ok(!european(a.from), `${a.from} → Callao`);
    assert.ok(arcs.every((a) => a.leg === "travelled" || a.leg === "planned"));
    // The wood floors' legs out of Callao were never made.
    const planned = arcs.filter((a) => a.leg === "planned").map((a) => `${a.from}>${a.to}`);
    assert.ok(planned.includes("PECLL>BEANR"), planned.join(" "));
    // Every arc is a leg of a journey computed here, travelled or planned as drawn.
    const want = new Map();
    for (const id of expectedSelection("port=PECLL").ids) {
      const legs = journey(records.find((r) => r.id === id), where).legs;
      for (const key of new Set(legs.map((l) => `${l.from}>${l.to}>${l.travelled ? "travelled" : "planned"}`))) {
        want.set(key, (want.get(key) ?? 0) + 1);
      }
    }
    assert.equal(arcs.length, want.size);
    for (const a of arcs) assert.equal(Number(a.count), want.get(`${a.from}>${a.to}>${a.leg}`), `${a.from}>${a.to}`);
    assert.deepEqual(page.errors, []);
  });

  await t.test("the wood floors' detail reads Bolivia → Chile → Callao (stopped here) → Antwerpen → Netherlands", async () => {
    const page = await openPage(env, `?view=table&sel=${WOOD_FLOORS}`);
    await page.waitForSelector('[data-testid="journey"]');
    const stops = await page.locator('[data-testid="journey-stop"]').evaluateAll((els) =>
      els.map((e) => ({ place: e.dataset.place, role: e.dataset.role, also: e.dataset.also ?? null, planned: e.classList.contains("planned"), text: e.innerText })),
    );
    assert.deepEqual(stops.map((s) => s.place), ["BO", "CL", "PECLL", "BEANR", "NL"]);
    assert.deepEqual(stops.map((s) => s.role), ["origin", "transit", "seized", "transit", "destination"]);
    // The last two legs (into Antwerpen and into the Netherlands) were planned, never made.
    assert.deepEqual(stops.map((s) => s.planned), [false, false, false, true, true]);
    assert.match(stops[2].text, /Callao/);
    assert.match(stops[2].text, /stopped here/);
    assert.match(stops[3].text, /Antwerpen/);
    assert.match(stops[4].text, /Netherlands/);
    // Names, never bare codes.
    for (const s of stops) assert.ok(!s.text.includes(s.place), s.text);
    // The same journey as this test computes from the raw record.
    const mine = journey(records.find((r) => r.id === WOOD_FLOORS), where);
    assert.deepEqual(mine.stops.map((s) => s.place), stops.map((s) => s.place));
  });

  await t.test("a point that is loaded and seized is seized, also origin", async () => {
    const id = "br-santos-2024-07-02-sugar-guinea";
    const page = await openPage(env, `?view=table&sel=${id}`);
    await page.waitForSelector('[data-testid="journey"]');
    const first = page.locator('[data-testid="journey-stop"]').first();
    assert.equal(await first.getAttribute("data-place"), "BRSSZ");
    assert.equal(await first.getAttribute("data-role"), "seized");
    assert.equal(await first.getAttribute("data-also"), "origin");
  });

  await t.test("the Callao profile lists journeys through Callao, none arriving from Europe", async () => {
    const page = await openPage(env, "?view=port&port=PECLL");
    await page.waitForSelector('[data-testid="port-journey"]');
    const items = await page.locator('[data-testid="port-journey"]').evaluateAll((els) =>
      els.map((e) => ({ places: e.dataset.places.split(" "), role: e.dataset.role, text: e.innerText })),
    );
    assert.ok(items.length > 0);
    for (const { places, role, text } of items) {
      const here = places.indexOf("PECLL");
      assert.ok(here >= 0, places.join(" "));
      assert.ok(["origin", "transit", "seized", "destination"].includes(role));
      // A journey stopped in Callao never arrives there from Europe.
      if (role === "seized" && here > 0) assert.ok(!european(places[here - 1]), text);
      assert.ok(!/\b[A-Z]{2}[A-Z0-9]{3}\b/.test(text.replace(/UN\/LOCODE/g, "")), `no bare port code: ${text}`);
    }
    const wood = items.find((i) => i.places.join(" ") === "BO CL PECLL BEANR NL");
    assert.ok(wood, "the wood floors' journey is listed");
    assert.match(wood.text, /Callao \(Peru\) \(stopped here\) → Antwerpen \(Belgium\) → Netherlands/);
    // Top origins: a country and one of its ports are never two origins.
    const origins = await page.locator('section:has(> h3:text-is("Top origins")) li').allInnerTexts();
    assert.ok(origins.length > 0);
    const countries = origins.map((o) => o.split(" — ")[0]);
    assert.equal(new Set(countries).size, countries.length, origins.join(" | "));
  });

  await t.test("?via=BEANR counts the records whose transit points name Antwerpen", async () => {
    const want = records.filter((r) => r.transit_points.split(";").includes("BEANR")).length;
    assert.ok(want > 0);
    const page = await openPage(env, "?via=BEANR");
    assert.equal((await resultCount(page)).count, want);
    // A country takes in every transit in it.
    const belgium = records.filter((r) => r.transit_points.split(";").some((p) => p.startsWith("BE"))).length;
    const page2 = await openPage(env, "?via=BE");
    assert.equal((await resultCount(page2)).count, belgium);
  });

  await t.test("the routes view keeps travelled and planned legs apart", async () => {
    const page = await openPage(env, "?view=routes");
    await page.waitForSelector('[data-testid="leg-row"]');
    await page.getByTestId("legs-through").selectOption("PECLL");
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="leg-row"]')].every((r) => r.dataset.from === "PECLL" || r.dataset.to === "PECLL"),
    );
    const rows = await page.locator('[data-testid="leg-row"]').evaluateAll((els) => els.map((e) => ({ ...e.dataset })));
    const want = new Map();
    for (const r of records) {
      for (const l of new Set(journey(r, where).legs.map((l) => JSON.stringify(l)))) {
        const leg = JSON.parse(l);
        if (leg.from !== "PECLL" && leg.to !== "PECLL") continue;
        const key = `${leg.from}>${leg.to}`;
        const t = want.get(key) ?? { travelled: 0, planned: 0 };
        t[leg.travelled ? "travelled" : "planned"] += 1;
        want.set(key, t);
      }
    }
    assert.equal(rows.length, Math.min(want.size, 100));
    for (const row of rows) {
      const t = want.get(`${row.from}>${row.to}`);
      assert.equal(Number(row.travelled), t.travelled, `${row.from}>${row.to}`);
      assert.equal(Number(row.planned), t.planned, `${row.from}>${row.to}`);
    }
  });

  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    for (const path of ["", "?view=table", "?view=about", "?port=PECLL", "?view=port&port=PECLL", `?view=table&sel=${WOOD_FLOORS}`, "?view=routes"]) {
      await t.test(`${path || "map"} at ${viewport.width}×${viewport.height}: drawn, axe-core finds nothing`, async () => {
        const page = await openPage(env, path, { viewport });
        if (path.includes("sel=")) await page.waitForSelector('[data-testid="journey"]');
        if (path.includes("view=port")) await page.waitForSelector('[data-testid="port-journey"]');
        if (path.includes("routes")) await page.waitForSelector('[data-testid="leg-row"]');
        assert.deepEqual(await axeViolations(page), []);
        // Nothing wider than the screen on a phone: the page never scrolls sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${overflow} px wider than the screen`);
        assert.deepEqual(page.errors, []);
      });
    }
  }
});
