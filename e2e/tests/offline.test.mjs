// After a first visit, the app opens with the network cut, and says which data it shows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { start, openPage, waitForCount } from "../lib/harness.mjs";
import { expectedSelection } from "../lib/data.mjs";

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
    await page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith("portolan-")));
    await page.context().setOffline(true);
    await page.goto(env.url + "?country=EC&from=2020");
    await waitForCount(page, expectedSelection("country=EC&from=2020").count);
    const version = JSON.parse(readFileSync(new URL("../../data/dataset.json", import.meta.url))).version;
    assert.ok((await page.getByTestId("offline").innerText()).includes(version));
    await page.waitForSelector('[data-testid="port-marker"]');
    for (const url of page.requests) assert.equal(new URL(url).origin, env.origin, url);
  });
}
