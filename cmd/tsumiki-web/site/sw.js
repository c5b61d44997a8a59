// Tsumiki's service worker: it keeps every file of the site, so that after the first visit
// the app opens with no network. tsumiki-web writes VERSION, a hash of all the files, and
// FILES, their names, when it builds the site; a new build is a new worker with a new cache,
// which replaces the old one.
"use strict";

const VERSION = {{json .Version}};
const FILES = {{json .Files}};

// The caches of this site (an origin may host others) are named "tsumiki SCOPE VERSION".
const PREFIX = "tsumiki " + self.registration.scope + " ";
const CACHE = PREFIX + VERSION;
const INDEX = new URL("index.html", self.registration.scope).href;

// Files whose names carry their content's hash are fetched through the browser's HTTP cache,
// where the page's own download has just put the wasm; the others are revalidated.
const HASHED = /\.[0-9a-f]{16}\.[a-z]+$/;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      await Promise.all(FILES.map(async (name) => {
        const resp = await fetch(name, {cache: HASHED.test(name) ? "default" : "no-cache"});
        if (!resp.ok) {
          throw new Error(`${name}: HTTP ${resp.status}`);
        }
        await cache.put(name, resp);
      }));
    } catch (err) {
      await caches.delete(CACHE);
      throw err;
    }
    // The first visit's page, and pages of an older build, come under this worker at once.
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    await self.clients.claim();
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) {
        await caches.delete(name);
      }
    }
  })());
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (req.mode === "navigate") {
    // The page, whatever its query string (?lesson=..., ?lang=...): the app reads that itself.
    const page = url.origin + url.pathname;
    if (page === self.registration.scope || page === INDEX) {
      event.respondWith(cacheFirst(INDEX, req));
    }
    return;
  }
  if (FILES.some((name) => new URL(name, self.registration.scope).pathname === url.pathname)) {
    event.respondWith(cacheFirst(url.origin + url.pathname, req));
    return;
  }
  // Anything else of the site (a project file a link opens): from the network, kept for when
  // the network is gone.
  event.respondWith(networkFirst(req));
});

// cacheFirst answers req with the cached copy of key, else from the network.
async function cacheFirst(key, req) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key, {ignoreVary: true});
  return hit || fetch(req);
}

// networkFirst answers req from the network, keeping a copy, else from the cache.
async function networkFirst(req) {
  const cache = await caches.open(CACHE);
  try {
    const resp = await fetch(req);
    if (resp.ok && resp.type === "basic") {
      await cache.put(req, resp.clone());
    }
    return resp;
  } catch (err) {
    const hit = await cache.match(req, {ignoreVary: true});
    if (hit) {
      return hit;
    }
    throw err;
  }
}
