// Portolan's service worker: after a first visit the app opens without a network.
// It only ever talks to the origin that served the page. Network first (so a new version is
// picked up at once), the saved copy when the network is gone. Every file fetched while online
// refreshes the saved copy, and the build id below (written by scripts/post-build.mjs) changes
// with every build, so a new deploy installs a new worker that saves the new build whole.
"use strict";

const BUILD = "development";
const PREFIX = "portolan-";
const CACHE = PREFIX + BUILD;

// The build's files, read from its index.html: hashed names change with every build.
async function buildFiles() {
  const index = await fetch("./", { cache: "no-cache" });
  const html = await index.text();
  const files = new Set(["./", "./countries-110m.json", "./countries-50m.json"]);
  for (const m of html.matchAll(/(?:href|src)="(\.\/[^"?#]+)"/g)) files.add(m[1]);
  for (const m of html.matchAll(/['"](\.\/[^'"]+\.(?:js|wasm))['"]/g)) files.add(m[1]);
  return [...files];
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(await buildFiles());
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
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
        const response = await fetch(request, request.mode === "navigate" ? { cache: "no-cache" } : undefined);
        if (response.ok && response.type === "basic") {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
        }
        return response;
      } catch (offline) {
        const saved = await caches.match(key, { ignoreSearch: request.mode === "navigate" });
        if (saved) return saved;
        throw offline;
      }
    })(),
  );
});
