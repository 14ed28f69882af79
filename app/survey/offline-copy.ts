/**
 * On the answering page — where answers wait to be sent — keeps a copy of it (its HTML and
 * the scripts and styles loaded so far) in the browser's cache, and registers the service
 * worker (public/sw.js) that serves that copy when the page is reloaded without a connection.
 * Other pages need no copy, so nothing is done there. Copies belong to one build of the app: a
 * new build starts a new cache and the old one is deleted. Keeping the page costs one more
 * request for it per build. It holds no personal data (answers live in the outbox).
 */
export async function keepOfflineCopy() {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return;
  if (!/^\/s\/[^/]+\/answer$/.test(window.location.pathname)) return;
  try {
    await navigator.serviceWorker.register("/sw.js", { scope: "/s/" });
    const cacheName = `${cachePrefix}${buildVersion()}`;
    for (const name of await caches.keys()) {
      if (name.startsWith(cachePrefix) && name !== cacheName) await caches.delete(name);
    }
    const cache = await caches.open(cacheName);
    const wanted = [window.location.href, ...loadedAssets()];
    const missing = [];
    for (const url of wanted) if (!(await cache.match(url))) missing.push(url);
    await cache.addAll(missing);
  } catch {
    // No copy this time (private mode, storage full, offline already): the page works without.
  }
}

const cachePrefix = "balss-offline-";

function buildVersion(): string {
  return (window as { __remixManifest?: { version?: string } }).__remixManifest?.version ?? "dev";
}

/** The app's own scripts and styles this page has loaded so far (fingerprinted, under /build/). */
function loadedAssets(): string[] {
  const urls = performance
    .getEntriesByType("resource")
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === window.location.origin && url.pathname.startsWith("/build/"))
    .map((url) => url.href);
  return [...new Set(urls)];
}
