// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps the page itself and its code reader on the phone, so that it opens and reads codes without network; the API is never cached (scans wait in
// the page's IndexedDB queue instead).
'use strict';
const SHELL = 'prepstation-shell-v3';
// The camera's reader (zxing-wasm's module and its WebAssembly) too: the camera reads codes offline.
const FILES = ['/', '/app.js', '/app.css', '/manifest.webmanifest', '/zxing-reader.js', '/zxing_reader.wasm'];

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(SHELL).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== SHELL).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});
self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.pathname.startsWith('/api/')) return;
  // Network first (a new version reaches the phone), the kept copy when offline.
  e.respondWith(fetch(e.request).then((res) => {
    const copy = res.clone();
    caches.open(SHELL).then((c) => c.put(e.request, copy));
    return res;
  }).catch(() => caches.match(e.request, { ignoreSearch: true })));
});
