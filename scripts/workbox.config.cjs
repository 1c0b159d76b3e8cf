// The service worker (issue #31 item 1, ADR 0041), built by `bash scripts/build-sw.sh` with Workbox 7 into wwwroot/sw.js,
// the Workbox runtime inlined (no CDN). What it keeps: the offline page, its CSS, field.js and the icons, and the app's
// static files as they pass — never a page of the app (field mode keeps pages itself, encrypted: field.js, ADR 0047).
// Pages go to the network only; when the network fails, the offline page answers instead of the browser's error.
module.exports = {
  globDirectory: 'src/Caseload.Web/wwwroot',
  globPatterns: ['offline.html', 'css/offline.css', 'js/field.js', 'icons/*.{png,svg}', 'manifest.webmanifest'],
  swDest: 'src/Caseload.Web/wwwroot/sw.js',
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  runtimeCaching: [
    // The app's own CSS, JS and images (never a page, never data): what a page taken along needs offline (ADR 0047).
    {
      urlPattern: ({ request, url }) => url.origin === self.location.origin && ['style', 'script', 'image', 'font'].includes(request.destination),
      handler: 'StaleWhileRevalidate',
      options: { cacheName: 'caseload-statisk' },
    },
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: 'offline.html' } },
    },
  ],
};
