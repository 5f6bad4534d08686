// In-browser benchmark: load `?synthetic=N` (default 1,000,000) in headless Chromium, change the
// filters 20 times through the UI, and print the medians of
//   - `portolan:update` (the engine's filter + aggregates, measured by the app itself),
//   - interaction to the frame after it (event → DOM updated → next animation frame),
//   - load-to-first-render (`portolan:ready`), and the longest main-thread task after it.
// Run after `scripts/build.sh`:   node e2e/bench/update.mjs [N]
import { start, openPage } from "../lib/harness.mjs";

const n = Number(process.argv[2] ?? 1_000_000);
const env = await start();
const page = await openPage(env, null);
await page.addInitScript(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  // From the reader's input (a click on a facet, Enter in a date field) to the frame after the
  // update it caused: everything, engine and drawing.
  window.__interactions = [];
  window.__lastInput = null;
  document.addEventListener("pointerdown", () => (window.__lastInput = { t: performance.now(), kind: "facet click" }), true);
  document.addEventListener("keydown", (e) => e.key === "Enter" && (window.__lastInput = { t: performance.now(), kind: "date entry" }), true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const input = window.__lastInput;
      if (e.name !== "portolan:update" || !input) continue;
      window.__lastInput = null;
      requestAnimationFrame(() => setTimeout(() => window.__interactions.push({ kind: input.kind, ms: performance.now() - input.t }), 0));
    }
  }).observe({ type: "measure" });
});
await page.goto(`${env.url}?synthetic=${n}`);
await page.waitForFunction(
  (n) => document.querySelector('[data-testid="result-count"]')?.getAttribute("data-count") === String(n),
  n,
  { timeout: 600_000 },
);
const ready = await page.evaluate(() => performance.getEntriesByName("portolan:ready")[0]?.startTime);

// Every country of the facet in view, not just the first few.
await page.locator('[data-testid="facet-country"] button', { hasText: "Show all" }).click();
const updates = () => page.evaluate(() => performance.getEntriesByName("portolan:update").length);
// Ten country changes (add, then remove) and ten date changes, one at a time.
const countries = ["NL", "BE", "ES", "DE", "IT"];
const steps = [];
for (let i = 0; i < 10; i++) {
  const code = countries[Math.floor(i / 2)];
  // A facet click: on, then off again.
  steps.push(async () =>
    page.locator(`[data-testid="facet-country"] [data-testid="facet-item"][data-value="${code}"] input`).click(),
  );
  steps.push(async () => {
    // from moves forward from 2010, to back from 2026: always a valid range.
    const field = i % 2 ? "filter-to" : "filter-from";
    await page.getByTestId(field).fill(String(i % 2 ? 2026 - (i - 1) / 2 : 2010 + i / 2));
    await page.getByTestId(field).press("Enter");
  });
}
const before = await updates();
for (const step of steps) {
  const seen = await updates();
  await step();
  await page.waitForFunction((seen) => performance.getEntriesByName("portolan:update").length > seen, seen);
  await page.waitForTimeout(50);
}
const result = await page.evaluate(
  ({ before, ready }) => ({
    updates: performance
      .getEntriesByName("portolan:update")
      .slice(before)
      .map((e) => e.duration),
    longest: Math.max(0, ...window.__longTasks.filter((t) => t.start > ready).map((t) => t.duration)),
    longDuringLoad: window.__longTasks.filter((t) => t.start <= ready).length,
    longestDuringLoad: Math.max(0, ...window.__longTasks.filter((t) => t.start <= ready).map((t) => t.duration)),
    interactions: window.__interactions,
  }),
  { before, ready },
);
await env.close();

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const p90 = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length * 0.9)];
const fmt = (x) => x.toFixed(1).padStart(7);
console.log(`in-browser, ${n.toLocaleString("en")} generated records, ${result.updates.length} filter changes through the UI`);
console.log(`  portolan:update (engine)      median ${fmt(median(result.updates))} ms   p90 ${fmt(p90(result.updates))} ms`);
for (const kind of ["facet click", "date entry"]) {
  const ms = result.interactions.filter((i) => i.kind === kind).map((i) => i.ms);
  console.log(`  ${(kind + " → next frame").padEnd(29)} median ${fmt(median(ms))} ms   p90 ${fmt(p90(ms))} ms   (${ms.length})`);
}
console.log(`  load to first render          ${fmt(ready)} ms`);
console.log(`  longest main-thread task after first render: ${fmt(result.longest)} ms`);
console.log(
  `  during loading: ${result.longDuringLoad} tasks over 50 ms, the longest ${fmt(result.longestDuringLoad)} ms (generation runs in steps)`,
);
