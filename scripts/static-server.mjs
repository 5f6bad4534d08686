// A small static file server for the release build: binds to 127.0.0.1 only, serves `dist/`
// at `/` or under a sub-path, with the right types for WebAssembly, and sends the build's
// precompressed brotli or gzip copy when the client accepts it (as CDNs and nginx do). Used by `scripts/serve.sh`
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
    const headers = {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      Vary: "Accept-Encoding",
    };
    const [body, encoding] = precompressed(file, req.headers["accept-encoding"] ?? "");
    if (encoding) headers["Content-Encoding"] = encoding;
    headers["Content-Length"] = statSync(body).size;
    res.writeHead(200, headers);
    if (req.method === "HEAD") return res.end();
    createReadStream(body).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      ok({ server, url: `http://127.0.0.1:${server.address().port}${base}` });
    });
  });
}

/** The file to send for an Accept-Encoding header: the brotli or gzip copy when there is one. */
export function precompressed(file, acceptEncoding) {
  const accepted = acceptEncoding.split(",").map((e) => e.trim().split(";")[0]);
  for (const [encoding, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
    if (!accepted.includes(encoding)) continue;
    try {
      if (statSync(file + ext).isFile()) return [file + ext, encoding];
    } catch {
      // No precompressed copy: the file itself.
    }
  }
  return [file, null];
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
