// In-browser benchmark: load a CSV of N rows (default 100,000, made from the bundled rows with
// new ids) through the file picker; print the time to the first view of it and the longest
// main-thread task meanwhile. Run after `scripts/build.sh`:   node e2e/bench/load.mjs [N]
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { start, openPage } from "../lib/harness.mjs";

const n = Number(process.argv[2] ?? 100_000);
const [header, ...lines] = readFileSync(new URL("../../data/seizures.csv", import.meta.url), "utf8").split("\n").filter(Boolean);
const rows = [];
for (let i = 0; rows.length < n; i++) rows.push(lines[i % lines.length].replace(/^[^,]+/, (id) => `${id}-${i}`));
const file = join(mkdtempSync(join(tmpdir(), "portolan-")), "big.csv");
writeFileSync(file, [header, ...rows].join("\n") + "\n");

const env = await start();
const page = await openPage(env, "");
await page.evaluate(() => {
  window.__longTasks = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: "longtask" });
});
const t0 = Date.now();
await page.getByTestId("load-data").setInputFiles(file);
await page.waitForFunction((n) => document.querySelector('[data-testid="result-count"]')?.dataset.count === String(n), n, { timeout: 300_000 });
const seconds = (Date.now() - t0) / 1000;
const tasks = await page.evaluate(() => window.__longTasks);
const marks = await page.evaluate(() =>
  ["portolan:file-read", "portolan:file-parsed", "portolan:file-stored"].map((m) => [m, performance.getEntriesByName(m).at(-1)?.startTime]),
);
await env.close();
const sorted = [...tasks].sort((a, b) => a - b);
console.log(`own file of ${n.toLocaleString("en")} rows (${(readFileSync(file).length / 1e6).toFixed(1)} MB): first view after ${seconds.toFixed(1)} s`);
console.log(`  steps (ms since page start): ${marks.map(([m, t]) => `${m.split(":")[1]} ${t?.toFixed(0)}`).join(", ")}`);
console.log(`  main-thread tasks over 50 ms while loading: ${tasks.length}, median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0) ?? 0} ms, longest ${Math.max(0, ...tasks).toFixed(0)} ms`);
