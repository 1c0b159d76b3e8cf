#!/usr/bin/env bash
# Writes src/Caseload.Web/wwwroot/css/bootstrap.app.css: Bootstrap with only the rules the app's views and scripts use
# (PurgeCSS 8, scripts/purgecss.config.cjs). Run it after adding Bootstrap classes to a view; BootstrapTrimTests says when.
set -euo pipefail
cd "$(dirname "$0")/.."
tool=$(mktemp -d); trap 'rm -rf "$tool"' EXIT
(cd "$tool" && npm i -E purgecss@8.0.0 --no-audit --no-fund --silent >/dev/null)
"$tool/node_modules/.bin/purgecss" --config scripts/purgecss.config.cjs --output "$tool/out" >/dev/null
# Bootstrap's own banner (MIT licence) stays; ours goes after @charset, which must come first.
sed '1s|^@charset "UTF-8";|@charset "UTF-8";/* Trimmed by scripts/trim-css.sh to the rules the app uses. Do not edit: run the script. */|' \
  "$tool/out/bootstrap.min.css" > src/Caseload.Web/wwwroot/css/bootstrap.app.css
echo "bootstrap.app.css: $(wc -c < src/Caseload.Web/wwwroot/css/bootstrap.app.css) bytes (full: $(wc -c < src/Caseload.Web/wwwroot/lib/bootstrap/dist/css/bootstrap.min.css))"
