// The page in Spanish, from the link and from a Spanish browser; the switch carries the choice
// in the link; data values that are codes are shown in Spanish; axe-core still finds nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { start, openPage, waitForCount } from "../lib/harness.mjs";
import { axeViolations } from "../lib/axe.mjs";
import { expectedSelection, seizures } from "../lib/data.mjs";

test("Spanish", async (t) => {
  const env = await start();
  t.after(() => env.close());
  const want = expectedSelection("country=PE");
  const byId = new Map(seizures().map((r) => [r.id, r]));

  await t.test("lang=es shows the page in Spanish, with Spanish numbers, dates and data", async () => {
    const page = await openPage(env, "?country=PE&lang=es");
    await waitForCount(page, want.count);
    assert.equal(await page.getAttribute("html", "lang"), "es");
    assert.equal(await page.locator("#filters-title").innerText(), "Filtros");
    const count = await page.getByTestId("result-count").innerText();
    assert.match(count, new RegExp(`^${want.count} incautaciones · [\\d.]+ kg incautados`));
    assert.match(await page.getByTestId("facet-country").innerText(), /Perú/);
    assert.match(await page.getByTestId("facet-drug").innerText(), /cocaína/);
    // Every listed record with a Spanish summary shows it.
    const rows = await page.locator('[data-testid="seizure-row"]').evaluateAll((els) =>
      els.map((e) => [e.dataset.id, e.querySelector(".summary")?.innerText ?? ""]),
    );
    const spanish = rows.filter(([id]) => byId.get(id).summary_es);
    assert.ok(spanish.length > 0, "some listed records have a Spanish summary");
    for (const [id, shown] of spanish) assert.equal(shown, byId.get(id).summary_es, id);
    const dates = await page.locator('[data-testid="seizure-row"] time').allInnerTexts();
    assert.ok(dates.some((d) => / de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}$/.test(d) || /^\d{4}$/.test(d)), dates.join());
    assert.deepEqual(await axeViolations(page), []);
  });

  await t.test("a Spanish browser gets Spanish; the switch moves to English and says so in the link", async () => {
    const page = await openPage(env, "?country=PE", { locale: "es-ES" });
    await waitForCount(page, want.count);
    assert.equal(await page.locator("#filters-title").innerText(), "Filtros");
    await page.getByTestId("lang-switch").click();
    await page.waitForFunction(() => location.search.includes("lang=en"));
    assert.equal(await page.locator("#filters-title").innerText(), "Filters");
    assert.equal(await page.getAttribute("html", "lang"), "en");
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === "es");
  });

  await t.test("messages and the citation are in Spanish too", async () => {
    const page = await openPage(env, "?country=PE&colour=red&from=2020-13&lang=es");
    const notice = await page.getByTestId("notice").innerText();
    assert.match(notice, /parámetro desconocido/);
    assert.match(notice, /no es un día del calendario/);
    await page.getByTestId("cite").click();
    const citation = await page.getByTestId("citation").innerText();
    assert.match(citation, /incautadas en Perú/);
    assert.match(citation, /versión de los datos/);
  });

  // Every English text of the interface (src/i18n.rs), as fragments long enough not to occur in
  // the data by chance: none may be left on a Spanish page.
  const english = [...readFileSync(new URL("../../src/i18n.rs", import.meta.url), "utf8").matchAll(/^\s*"((?:[^"\\]|\\.)*)" => "((?:[^"\\]|\\.)*)",$/gm)]
    .filter(([, en, es]) => en !== es)
    .flatMap(([, en]) => en.split("{}").map((part) => part.trim()))
    .filter((part) => part.length >= 14);

  for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await t.test(`every view renders in Spanish, no English left (${size.width}×${size.height})`, async () => {
      assert.ok(english.length > 100, "the interface texts were read");
      for (const view of ["map", "table", "routes", "about", "port&port=BEANR", `table&sel=pe-callao-2024-01-wood-floors`]) {
        const page = await openPage(env, `?view=${view}&lang=es`, { viewport: size });
        await page.waitForTimeout(300);
        const text = await page.locator("body").innerText();
        const left = english.filter((e) => text.includes(e));
        assert.deepEqual(left, [], view);
        assert.doesNotMatch(text, /Antwerpen \(Bélgica\)/, view);
      }
    });
  }
});
