// Balss service worker: a resident who reloads a questionnaire page without a connection gets
// the copy the page left on the phone (app/survey/offline-copy.ts) instead of the browser's
// error page, so answers waiting in the phone's outbox are still shown and sent once the
// connection is back. It never answers from the cache while the network works, and it stores
// nothing itself: what is kept, and for how long, is decided by the page.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const residentPage = request.mode === "navigate" && url.pathname.startsWith("/s/");
  const asset = url.pathname.startsWith("/build/");
  if (!residentPage && !asset) return;
  event.respondWith(fetch(request).catch(() => caches.match(request).then((copy) => copy ?? Response.error())));
});
