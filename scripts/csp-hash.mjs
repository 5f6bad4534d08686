// Trunk post-build hook: allow Trunk's inline loader script in the page's Content-Security-Policy
// by its SHA-256 hash (no 'unsafe-inline'). Fails the build if the policy cannot be written.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("csp-hash: TRUNK_STAGING_DIR is not set (run through trunk)");
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");

const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
}
const marker = "script-src 'self' 'wasm-unsafe-eval'";
if (!html.includes(marker)) throw new Error(`csp-hash: "${marker}" not found in index.html`);
html = html.replace(marker, [marker, ...hashes].join(" "));
writeFileSync(file, html);
console.log(`csp-hash: allowed ${hashes.length} inline script(s) by hash`);
