// A reader who clicks everything: seeded random steps on the page — any enabled control, drags
// across the map and the timeline, junk typed into fields, keys, Back/Forward, reload, phone and
// desktop sizes, the language switch — with checks after every step. The same seed gives the
// same steps, so a failure can be replayed.
import { openPage } from "./harness.mjs";

/** mulberry32: a small seeded generator. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JUNK = ["", "zzzz", "2021-13-45", "-1", "1e309", "<script>alert(1)</script>", "' OR 1=1 --", "banana", "PE", "9999", "Callao", "%00%ff", "  ", "ñandú", "🙂", "1000-", "2019"];
const KEYS = ["Tab", "Shift+Tab", "Enter", " ", "Escape", "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "+", "-", "0", "Home", "End", "PageDown"];
const SIZES = [{ width: 1280, height: 800 }, { width: 390, height: 844 }];

// What a step may click: controls of the page itself. Never links that leave it (sources open in
// a new tab), and never the file picker (it would wait for a file).
const CLICKABLE = [
  "button:not([disabled])",
  "a[href^='?']",
  "a[href^='./?']",
  "input[type=checkbox]:not([disabled])",
  "[data-testid=seizure-row]",
  "[data-testid=port-marker]",
  "[data-testid=route-arc]",
  "summary",
].join(",");

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** One random step; returns a line saying what it did. */
async function step(page, rand, env) {
  const roll = rand();
  if (roll < 0.45) {
    const targets = page.locator(CLICKABLE);
    const n = await targets.count();
    if (!n) return "nothing to click";
    const i = Math.floor(rand() * n);
    const el = targets.nth(i);
    if (!(await el.isVisible().catch(() => false))) return `click #${i}: hidden`;
    const what = (await el.evaluate((e) => e.dataset.testid || e.textContent?.trim().slice(0, 30) || e.tagName, null, { timeout: 500 }).catch(() => "?")) ?? "?";
    await el.click({ timeout: 500, force: rand() < 0.2 }).catch(() => {});
    return `click ${what}`;
  }
  if (roll < 0.6) {
    const inputs = page.locator("input[type=search], input[type=text], input:not([type]), input[type=number], select");
    const n = await inputs.count();
    if (!n) return "nothing to type into";
    const el = inputs.nth(Math.floor(rand() * n));
    if (!(await el.isVisible().catch(() => false))) return "type: hidden field";
    const tag = await el.evaluate((e) => e.tagName, null, { timeout: 500 }).catch(() => "");
    if (tag === "SELECT") {
      const options = await el.locator("option").evaluateAll((os) => os.map((o) => o.value)).catch(() => []);
      if (options.length) await el.selectOption(pick(rand, options), { timeout: 500 }).catch(() => {});
      return "select an option";
    }
    const text = pick(rand, JUNK);
    await el.fill(text, { timeout: 500 }).catch(() => {});
    if (rand() < 0.7) await el.press("Enter", { timeout: 500 }).catch(() => {});
    return `type ${JSON.stringify(text)}`;
  }
  if (roll < 0.72) {
    const target = pick(rand, ['[data-testid="map"]', '[data-testid="timeline-chart"]']);
    const box = await page.locator(target).first().boundingBox({ timeout: 500 }).catch(() => null);
    if (!box) return `drag ${target}: not shown`;
    const at = () => [box.x + rand() * box.width, box.y + rand() * box.height];
    const [x0, y0] = at();
    const [x1, y1] = at();
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    await page.mouse.move(x1, y1, { steps: 4 });
    await page.mouse.up();
    if (rand() < 0.3) await page.mouse.wheel(0, rand() < 0.5 ? -300 : 300);
    return `drag ${target}`;
  }
  if (roll < 0.84) {
    const key = pick(rand, KEYS);
    await page.keyboard.press(key).catch(() => {});
    return `key ${key}`;
  }
  if (roll < 0.9) {
    const back = rand() < 0.6;
    await (back ? page.goBack({ timeout: 5000 }) : page.goForward({ timeout: 5000 })).catch(() => {});
    return back ? "back" : "forward";
  }
  if (roll < 0.94) {
    await page.setViewportSize(pick(rand, SIZES));
    return "resize";
  }
  if (roll < 0.97) {
    await page.getByTestId("lang-switch").click({ timeout: 500 }).catch(() => {});
    return "language";
  }
  await page.reload().catch(() => {});
  return "reload";
}

/** The count the page shows, once it shows one (the page may be busy for a moment). */
async function shownCount(page, timeout = 15000) {
  const el = page.locator('[data-testid="result-count"]');
  await el.waitFor({ timeout });
  await page.waitForFunction(() => document.querySelector('[data-testid="result-count"]')?.hasAttribute("data-count"), null, { timeout });
  return el.getAttribute("data-count");
}

/**
 * Runs `steps` random steps from `start` (a query string), checking after each one that the page
 * has no error, shows a count, and that the same address shows the same count in a second page:
 * reached through the browser's history after each step, and loaded afresh every `reloadEvery`
 * steps and after the last. Throws with the seed and the steps so far on the first failure.
 */
export async function fuzz(env, { seed, steps, start = "", deadline = Infinity, reloadEvery = 10, log = () => {} }) {
  const rand = random(seed);
  const page = await openPage(env, start);
  const fresh = await openPage(env, null);
  const done = [];
  try {
    for (let i = 0; i < steps && Date.now() < deadline; i++) {
      done.push(await step(page, rand, env));
      const fatal = await page.locator("#fatal").count().catch(() => 0);
      if (page.errors.length || fatal) throw new Error(`page error: ${page.errors.join(" | ") || "fatal alert shown"}`);
      const count = await shownCount(page);
      const url = page.url();
      if (!url.startsWith(env.url)) throw new Error(`left the app: ${url}`);
      // A fresh page at the same address shows the same count (own files aside: they stay in
      // their tab). The page may still be typing into the address: compare once it settled.
      if (!url.includes("data=local")) {
        const last = i + 1 === steps || Date.now() >= deadline;
        if (i % reloadEvery === 0 || last || !fresh.url().startsWith(env.url)) {
          await fresh.goto(url);
        } else {
          await fresh.evaluate((to) => {
            history.pushState(null, "", to);
            dispatchEvent(new PopStateEvent("popstate"));
          }, url);
        }
        const again = await shownCount(fresh);
        const now = await shownCount(page);
        if (page.url() === url && again !== now) throw new Error(`${url}: ${now} here, ${again} when opened afresh`);
        if (fresh.errors.length) throw new Error(`page error when opened afresh: ${fresh.errors.join(" | ")}`);
      }
      log(`${i + 1}. ${done.at(-1)} → ${count}`);
    }
  } catch (e) {
    e.message = `seed ${seed}, start "${start}", after ${done.length} steps (${done.slice(-5).join("; ")}): ${e.message}`;
    throw e;
  } finally {
    await page.context().close();
    await fresh.context().close();
  }
  return done.length;
}
