// After a first visit, the app opens with the network cut, and says which data it shows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, start, openPage, waitForCount } from "../lib/harness.mjs";
import { expectedSelection } from "../lib/data.mjs";

/** Polls an async check in the page until it holds (waitForFunction does not await promises). */
async function until(page, check, arg, ms = 20000) {
  const end = Date.now() + ms;
  while (!(await page.evaluate(check, arg))) {
    if (Date.now() > end) throw new Error(`timed out: ${check}`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

for (const base of ["/", "/portolan/"]) {
  test(`works offline after a first visit, served at ${base}`, async (t) => {
    const env = await start({ base });
    t.after(() => env.close());
    const page = await openPage(env, "?country=PE");
    // The service worker has saved the build once it is active.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    await until(page, async () => (await caches.keys()).some((k) => k.startsWith("portolan-")));
    await page.context().setOffline(true);
    await page.goto(env.url + "?country=EC&from=2020");
    await waitForCount(page, expectedSelection("country=EC&from=2020").count);
    const version = JSON.parse(readFileSync(new URL("../../data/dataset.json", import.meta.url))).version;
    assert.ok((await page.getByTestId("offline").innerText()).includes(version));
    await page.waitForSelector('[data-testid="port-marker"]');
    for (const url of page.requests) assert.equal(new URL(url).origin, env.origin, url);
  });
}

test("after a new deploy, the saved copy follows the new build", async (t) => {
  // Regression: sw.js never changed, so an offline reader kept the first build ever saved.
  const dir = mkdtempSync(join(tmpdir(), "portolan-deploy-"));
  cpSync(DIST, dir, { recursive: true });
  const env = await start({ dir });
  t.after(async () => {
    await env.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const sw = readFileSync(join(dir, "sw.js"), "utf8");
  const build = sw.match(/const BUILD = "([^"]+)";/)?.[1];
  assert.ok(build && build !== "development", "the build stamped its id into sw.js");
  const page = await openPage(env, "");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await until(page, async (b) => (await caches.keys()).includes(`portolan-${b}`), build);

  // A new deploy: another build id, and a changed file.
  const css = readdirSync(dir).find((f) => f.endsWith(".css"));
  writeFileSync(join(dir, css), readFileSync(join(dir, css), "utf8") + "\n/* deploy 2 */\n");
  writeFileSync(join(dir, "sw.js"), sw.replace(`const BUILD = "${build}";`, 'const BUILD = "deploy-2";'));
  // A deploy replaces the precompressed copies too: here they are simply left out.
  for (const name of [css, "sw.js"]) for (const ext of [".br", ".gz"]) rmSync(join(dir, name + ext), { force: true });
  await page.reload();
  await until(page, async () => {
    const keys = await caches.keys();
    return keys.includes("portolan-deploy-2") && keys.filter((k) => k.startsWith("portolan-")).length === 1;
  });
  await page.context().setOffline(true);
  const saved = await page.evaluate(async (file) => (await fetch("./" + file)).text(), css);
  assert.ok(saved.includes("/* deploy 2 */"), "offline, the new build's file is served");
});
