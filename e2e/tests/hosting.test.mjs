// The build as a static host serves it: every text and wasm file also precompressed (brotli and
// gzip), sent when the client accepts it, decoding to exactly the original bytes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { get } from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { DIST, start } from "../lib/harness.mjs";

function fetchRaw(url, acceptEncoding) {
  return new Promise((ok, fail) => {
    get(url, { headers: { "Accept-Encoding": acceptEncoding } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", fail);
  });
}

test("precompressed files are served when accepted", async (t) => {
  const env = await start();
  t.after(() => env.close());
  const files = readdirSync(DIST).filter((f) => /\.(html|js|css|wasm|json|svg)$/.test(f));
  assert.ok(files.some((f) => f.endsWith(".wasm")), "the build has its wasm");
  for (const name of files) {
    const original = readFileSync(join(DIST, name));
    const br = await fetchRaw(env.url + name, "gzip, deflate, br");
    assert.equal(br.headers["content-encoding"], "br", name);
    assert.ok(brotliDecompressSync(br.body).equals(original), name);
    assert.ok(br.body.length < original.length || original.length < 200, `${name}: ${br.body.length} of ${original.length}`);
    const gz = await fetchRaw(env.url + name, "gzip");
    assert.equal(gz.headers["content-encoding"], "gzip", name);
    assert.ok(gunzipSync(gz.body).equals(original), name);
    const plain = await fetchRaw(env.url + name, "identity");
    assert.equal(plain.headers["content-encoding"], undefined, name);
    assert.ok(plain.body.equals(original), name);
    assert.equal(plain.headers.vary, "Accept-Encoding");
  }
});
