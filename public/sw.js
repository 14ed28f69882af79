// Balss service worker, for the questionnaire pages (/s/…, its scope): a resident who reloads a
// page without a connection gets the copy the page left on the phone
// (app/survey/offline-copy.ts) instead of the browser's error page, so answers waiting in the
// phone's outbox are still shown and sent once the connection is back.
// One rule for every request of those pages: the network first, always; only when it fails, a
// kept copy if there is one. It stores nothing itself: what is kept is decided by the page.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fetch(request).catch(() => caches.match(request).then((copy) => copy ?? Response.error())));
});
