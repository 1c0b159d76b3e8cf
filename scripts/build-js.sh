#!/usr/bin/env bash
# Writes src/Caseload.Web/wwwroot/js/bootstrap.app.js: only the Bootstrap plugins the app uses (scripts/bootstrap.app.entry.js),
# bundled and minified by esbuild from Bootstrap 5.3.3's sources — the same version as the CSS in wwwroot/lib — instead
# of the whole bundle (39 KB against 81 KB; issue #31 item 6). Run it after a view starts using another plugin
# (a modal, a tooltip …): add the plugin to the entry file. BootstrapScriptTests fails when a view uses a data-bs-toggle
# the built file does not handle.
set -euo pipefail
cd "$(dirname "$0")/.."
tool=$(mktemp -d); trap 'rm -rf "$tool"' EXIT
(cd "$tool" && npm i -E bootstrap@5.3.3 @popperjs/core@2.11.8 esbuild@0.28.2 --no-audit --no-fund --silent >/dev/null)
cp scripts/bootstrap.app.entry.js "$tool/entry.js"
"$tool/node_modules/.bin/esbuild" "$tool/entry.js" --bundle --minify --format=iife --target=es2019 --legal-comments=none \
  --banner:js='/*! Bootstrap v5.3.3 collapse + dropdown (MIT, The Bootstrap Authors), Popper v2.11.8 (MIT). Built by scripts/build-js.sh: do not edit. */' \
  --outfile=src/Caseload.Web/wwwroot/js/bootstrap.app.js --log-level=warning
echo "bootstrap.app.js: $(wc -c < src/Caseload.Web/wwwroot/js/bootstrap.app.js) bytes (whole bundle: $(wc -c < src/Caseload.Web/wwwroot/lib/bootstrap/dist/js/bootstrap.bundle.min.js))"
