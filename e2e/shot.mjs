// Screenshots of the release build, for people to look at: node e2e/shot.mjs URL OUT.png [WIDTHxHEIGHT]
// FULL=1 takes the whole page; SELECTOR=css takes just that element (e.g. '[data-testid="journey"]').
import { chromium } from "playwright-core";
import { launchOptions } from "./lib/browser.mjs";

const [url, out, size = "1280x800"] = process.argv.slice(2);
const [width, height] = size.split("x").map(Number);
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: { width, height } });
page.on("console", (m) => m.type() === "error" && console.error("console:", m.text()));
await page.goto(url);
await page.waitForSelector('[data-testid="result-count"]');
if (process.env.SELECTOR) {
  const target = page.locator(process.env.SELECTOR).first();
  await target.waitFor();
  await target.screenshot({ path: out });
} else {
  await page.screenshot({ path: out, fullPage: process.env.FULL === "1" });
}
await browser.close();
