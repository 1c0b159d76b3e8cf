#!/usr/bin/env bash
# Does a page's cost follow its own rows, not the database's size? Runs the web benchmark at 1,000 and at 50,000
# citizens on the pages whose own rows are the same at both sizes (the demo team and worker, one citizen, the demo
# documents) and prints each page's ratio to the bare endpoint (measured in the same run) at both sizes and the change.
# Target (issue #10): within 20 %. Usage: bash bench/web/scale.sh [--db sqlite|postgres] [--small 1000] [--large 50000]
set -euo pipefail
cd "$(dirname "$0")/../.."
small=1000; large=50000; db=sqlite
while [ $# -gt 0 ]; do case "$1" in
  --small) small=$2; shift 2 ;; --large) large=$2; shift 2 ;; --db) db=$2; shift 2 ;;
  *) echo "unknown option $1" >&2; exit 2 ;; esac; done
pages='demo|citizen page|network map|cooperation agreement|action plan|coordinating meeting|implementation project'
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
for n in "$small" "$large"; do
  echo "== $n citizens"
  bash bench/web/run.sh --citizens "$n" --db "$db" --rows "$pages" | tee "$out/$n.txt"
done
echo
echo "== ratio to the bare endpoint, $small vs $large citizens"
# Page names are the first 44 characters; the counts in brackets are left out of the join (they are the same rows).
awk -v small="$out/$small.txt" -v s="$small" -v l="$large" '
  function key(line) { k = substr(line, 1, 44); sub(/ *\(.*$/, "", k); sub(/ +$/, "", k); return k }
  function ratio(line,   f) { split(substr(line, 45), f, " "); return f[4] }
  FILENAME == small && /%/ && !/^page/ { r[key($0)] = ratio($0); next }
  /%/ && !/^page/ && !/bare Kestrel/ && (key($0) in r) {
    a = r[key($0)]; b = ratio($0)
    printf "%-44s %7.1f %% %7.1f %%   %+6.0f %%%s\n", key($0), a, b, 100 * (b - a) / a, (b < 0.8 * a ? "   (more than 20 % slower)" : "")
  }
  BEGIN { printf "%-44s %9s %9s %8s\n", "page", s, l, "change" }' "$out/$small.txt" "$out/$large.txt"
