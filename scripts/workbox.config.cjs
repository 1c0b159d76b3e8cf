// The service worker (issue #31 item 1, ADR 0041), built by `bash scripts/build-sw.sh` with Workbox 7 into wwwroot/sw.js,
// the Workbox runtime inlined (no CDN). What it keeps: the offline page, its CSS and the icons — never a page of the app.
// Pages go to the network only; when the network fails, the offline page answers instead of the browser's error.
module.exports = {
  globDirectory: 'src/Caseload.Web/wwwroot',
  globPatterns: ['offline.html', 'css/offline.css', 'icons/*.{png,svg}', 'manifest.webmanifest'],
  swDest: 'src/Caseload.Web/wwwroot/sw.js',
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  runtimeCaching: [
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: 'offline.html' } },
    },
  ],
};
