// Bytes before the first render, as the browser received them (compressed bodies), from its
// resource timing: everything that started before `portolan:ready`. Run after `scripts/build.sh`:
//   node e2e/bench/bytes.mjs [query ...]        (default: ?view=map and ?view=table)
import { start, openPage } from "../lib/harness.mjs";

const queries = process.argv.slice(2).length ? process.argv.slice(2) : ["?view=map", "?view=table"];
const env = await start();
try {
  for (const q of queries) {
    const page = await openPage(env, q);
    await page.waitForFunction(() => performance.getEntriesByName("portolan:ready").length > 0);
    const { ready, files } = await page.evaluate(() => {
      const ready = performance.getEntriesByName("portolan:ready")[0].startTime;
      const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
      return {
        ready,
        files: entries
          .filter((e) => e.startTime < ready)
          .map((e) => ({ name: e.name.split("/").pop() || "(page)", encoded: e.encodedBodySize, decoded: e.decodedBodySize })),
      };
    });
    const sum = (k) => files.reduce((a, f) => a + f[k], 0);
    console.log(`${q}: ${(sum("encoded") / 1000).toFixed(1)} KB received (${(sum("decoded") / 1000).toFixed(1)} KB decoded) before the first render at ${ready.toFixed(0)} ms`);
    for (const f of files.sort((a, b) => b.encoded - a.encoded)) {
      console.log(`  ${String((f.encoded / 1000).toFixed(1)).padStart(8)} KB  ${f.name}`);
    }
    await page.context().close();
  }
} finally {
  await env.close();
}
