// Trunk post-build hook. 1. Allows Trunk's inline loader script in the page's
// Content-Security-Policy by its SHA-256 hash (no 'unsafe-inline'). 2. Writes the build's id into
// sw.js, so that every new build is a new service worker and readers' saved copies follow it.
// 3. Writes brotli (.br) and gzip (.gz) copies of every text and wasm file, so that a static host
// can send them precompressed (scripts/static-server.mjs does; see the README, "Host").
// Fails the build if any of it cannot be written.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("post-build: TRUNK_STAGING_DIR is not set (run through trunk)");
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");

const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
}
const marker = "script-src 'self' 'wasm-unsafe-eval'";
if (!html.includes(marker)) throw new Error(`post-build: "${marker}" not found in index.html`);
html = html.replace(marker, [marker, ...hashes].join(" "));
writeFileSync(file, html);
console.log(`post-build: allowed ${hashes.length} inline script(s) by hash`);

// The build id: a hash of the page, which names every hashed asset of the build.
const build = createHash("sha256").update(html, "utf8").digest("hex").slice(0, 16);
const swFile = join(dir, "sw.js");
const sw = readFileSync(swFile, "utf8");
const stamp = 'const BUILD = "development";';
if (!sw.includes(stamp)) throw new Error(`post-build: ${stamp} not found in sw.js`);
writeFileSync(swFile, sw.replace(stamp, `const BUILD = "${build}";`));
console.log(`post-build: service worker stamped with build ${build}`);

// Precompressed copies, at the strongest settings (this runs once per build, not per request).
const COMPRESSIBLE = /\.(html|js|css|wasm|json|svg)$/;
let raw = 0;
let brotli = 0;
for (const name of readdirSync(dir)) {
  if (!COMPRESSIBLE.test(name)) continue;
  const bytes = readFileSync(join(dir, name));
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  writeFileSync(join(dir, name + ".br"), br);
  writeFileSync(join(dir, name + ".gz"), gzipSync(bytes, { level: 9 }));
  raw += bytes.length;
  brotli += br.length;
}
console.log(`post-build: precompressed ${raw} bytes to ${brotli} (brotli)`);
