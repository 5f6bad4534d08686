// The interaction fuzzer in CI: 500 seeded random steps (real data, a view where nothing
// matches, generated data), each checked. A longer run: `node e2e/fuzz.mjs 5000 [seed]`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { start } from "../lib/harness.mjs";
import { fuzz } from "../lib/fuzz.mjs";

const SEED = Number(process.env.PORTOLAN_FUZZ_SEED ?? 20261205);
// Bounded in time: a slow machine runs fewer steps rather than stalling CI.
const MINUTES = Number(process.env.PORTOLAN_FUZZ_MINUTES ?? 8);

test(`a reader who clicks everything (seed ${SEED})`, async (t) => {
  const env = await start();
  t.after(() => env.close());
  let steps = 0;
  for (const [start, n, offset] of [["", 300, 0], ["?view=table&q=zzzz", 100, 1], ["?synthetic=100000", 100, 2]]) {
    await t.test(`${n} steps from "${start || "/"}"`, async () => {
      // Each start gets its share of the time.
      const deadline = Date.now() + (MINUTES * 60_000 * n) / 500;
      const done = await fuzz(env, { seed: SEED + offset, steps: n, start, deadline });
      console.log(`fuzz: seed ${SEED + offset} from "${start}": ${done} steps, no failure`);
      steps += done;
    });
  }
  assert.ok(steps >= 250, `only ${steps} steps ran within ${MINUTES} minutes`);
  console.log(`fuzz: ${steps} steps in all`);
});
