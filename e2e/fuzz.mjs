// A longer run of the interaction fuzzer against the release build:
//   scripts/build.sh && node e2e/fuzz.mjs [steps=5000] [seed=random]
// Prints the seed first, so a failure can be replayed with the same seed.
import { start } from "./lib/harness.mjs";
import { fuzz } from "./lib/fuzz.mjs";

const steps = Number(process.argv[2] ?? 5000);
const seed = Number(process.argv[3] ?? Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz: seed ${seed}, ${steps} steps`);
const env = await start();
const t0 = Date.now();
try {
  const starts = ["", "?view=table&q=zzzz", "?synthetic=100000"];
  let done = 0;
  for (let k = 0; done < steps; k++) {
    const n = Math.min(500, steps - done);
    done += await fuzz(env, { seed: seed + k, steps: n, start: starts[k % starts.length] });
    console.log(`fuzz: ${done} steps, ${Math.round((Date.now() - t0) / 1000)} s, nothing found`);
  }
} finally {
  await env.close();
}
