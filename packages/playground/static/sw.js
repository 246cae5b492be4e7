/* global self, caches, fetch, Response */
// The playground's service worker: keeps a copy of the playground's own files so that it opens
// and works without a network once it has been loaded. Network first (a new version is picked up
// as soon as the host serves it), the copy when the network fails. It handles only this origin's
// files; it never fetches anything else.
const CACHE = 'samskap-playground';
// Filled in by the playground's build: every file it wrote.
const FILES = ['__BUILT_FILES__'];

self.addEventListener('install', event => {
    event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
    event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', event => {
    const request = event.request;
    if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
        return;
    }
    event.respondWith(fetch(request).then(response => {
        if (response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then(cache => cache.put(request, copy)));
        }
        return response;
    }).catch(() => caches.match(request, { ignoreSearch: true }).then(cached => cached ?? Response.error())));
});
