// A small static file server for the release build: binds to 127.0.0.1 only, serves `dist/`
// at `/` or under a sub-path, with the right types for WebAssembly. Used by `scripts/serve.sh`
// and by the end-to-end tests; any static host (nginx, a CDN, GitHub Pages) works the same way.
//
//   node scripts/static-server.mjs [--dir dist] [--port 8080] [--base /portolan/]
import { createServer } from "node:http";
import { createReadStream, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";

export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

/** Starts a server; resolves to `{ server, url }` once it listens. */
export function serve({ dir = "dist", port = 8080, base = "/" } = {}) {
  const root = resolve(dir);
  if (!base.startsWith("/")) base = "/" + base;
  if (!base.endsWith("/")) base += "/";
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    if (path + "/" === base) {
      const query = req.url.includes("?") ? req.url.slice(req.url.indexOf("?")) : "";
      res.writeHead(301, { Location: base + query }).end();
      return;
    }
    if (!path.startsWith(base)) return notFound(res);
    let file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound(res);
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      statSync(file);
    } catch {
      return notFound(res);
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    });
    if (req.method === "HEAD") return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      ok({ server, url: `http://127.0.0.1:${server.address().port}${base}` });
    });
  });
}

function notFound(res) {
  res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg("port", 8080));
  try {
    const { url } = await serve({ dir: arg("dir", "dist"), port, base: arg("base", "/") });
    console.log(`Portolan is served at ${url}  (Ctrl-C to stop)`);
  } catch (e) {
    const why = e.code === "EADDRINUSE" ? `port ${port} is already in use (try PORT=9000 scripts/serve.sh)` : e.message;
    console.error(`Portolan could not be served: ${why}`);
    process.exit(1);
  }
}
