/**
 * Keeps a copy of the resident page being shown — its HTML and the scripts and styles it
 * loaded — in the browser's cache, and registers the service worker (public/sw.js) that
 * serves that copy when the page is reloaded without a connection. Copies belong to one build
 * of the app: a new build starts a new cache and the old one is deleted.
 * Only resident pages call this; they hold no personal data (answers live in the outbox).
 */
export async function keepOfflineCopy() {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return;
  try {
    await navigator.serviceWorker.register("/sw.js", { scope: "/s/" });
    const cacheName = `${cachePrefix}${buildVersion()}`;
    for (const name of await caches.keys()) {
      if (name.startsWith(cachePrefix) && name !== cacheName) await caches.delete(name);
    }
    const cache = await caches.open(cacheName);
    // Only the answering page is worth a copy (it is where answers wait to be sent); keeping
    // it costs one more request for that page per build. Its scripts and styles come along.
    const page = /^\/s\/[^/]+\/answer$/.test(window.location.pathname) ? [window.location.href] : [];
    const wanted = [...page, ...loadedAssets()];
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
