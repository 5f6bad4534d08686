// Portolan's service worker: after a first visit the app opens without a network.
// It only ever talks to the origin that served the page. Network first (so a new version is
// picked up at once), the saved copy when the network is gone.
"use strict";

const PREFIX = "portolan-";

// The build's files, read from its index.html: hashed names change with every build.
async function buildFiles() {
  const index = await fetch("./", { cache: "no-cache" });
  const html = await index.text();
  const files = new Set(["./", "./countries-50m.json"]);
  for (const m of html.matchAll(/(?:href|src)="(\.\/[^"?#]+)"/g)) files.add(m[1]);
  for (const m of html.matchAll(/['"](\.\/[^'"]+\.(?:js|wasm))['"]/g)) files.add(m[1]);
  return { files: [...files], name: PREFIX + (html.match(/portolan-([0-9a-f]+)_bg\.wasm/)?.[1] ?? "build") };
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const { files, name } = await buildFiles();
      const cache = await caches.open(name);
      await cache.addAll(files);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const { name } = await buildFiles().catch(() => ({ name: null }));
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && name && key !== name) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // Every view is the same page with another query string.
  const key = request.mode === "navigate" ? new URL("./", self.registration.scope).href : request;
  event.respondWith(
    (async () => {
      try {
        return await fetch(request);
      } catch (offline) {
        const saved = await caches.match(key, { ignoreSearch: request.mode === "navigate" });
        if (saved) return saved;
        throw offline;
      }
    })(),
  );
});
