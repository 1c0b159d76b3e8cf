#!/usr/bin/env bash
# Writes src/Caseload.Web/wwwroot/sw.js from scripts/workbox.config.cjs (Workbox 7.4.1, its runtime inlined: no CDN).
# Run it after changing the config or the files it keeps (the offline page, its CSS, the icons); ServiceWorkerTests
# fails when sw.js keeps an older offline page than the one in wwwroot.
set -euo pipefail
cd "$(dirname "$0")/.."
tool=$(mktemp -d); trap 'rm -rf "$tool"' EXIT
(cd "$tool" && npm i -E workbox-cli@7.4.1 --no-audit --no-fund --silent >/dev/null)
"$tool/node_modules/.bin/workbox" generateSW scripts/workbox.config.cjs
