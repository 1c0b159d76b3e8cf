#!/usr/bin/env bash
# Runs every test project (domain, integration on SQLite and PostgreSQL, browser) and ends with one line:
#   N passed, N failed[, N skipped]
# PostgreSQL: uses CASELOAD_TEST_POSTGRES if set; otherwise, as root, installs and starts a local server
# (scripts/setup-test-env.sh). Exit code is non-zero if any test failed or did not run.
set -uo pipefail
cd "$(dirname "$0")/.."

default_pg="Host=127.0.0.1;Port=5432;Username=caseload_test;Password=caseload_test;Database=caseload_test"
if [ -z "${CASELOAD_TEST_POSTGRES:-}" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    bash scripts/setup-test-env.sh || exit 1
  elif ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || ! command -v chromium >/dev/null; then
    echo "The tests need PostgreSQL on 127.0.0.1:5432 and Debian's chromium. Run 'sudo bash scripts/setup-test-env.sh' once, or set CASELOAD_TEST_POSTGRES." >&2
    exit 1
  fi
  export CASELOAD_TEST_POSTGRES="$default_pg"
fi

# Every test app watches its content files; inotify allows 128 watchers per user by default, which parallel test classes
# exceed. Polling watchers need none (the tests change no watched file).
export DOTNET_USE_POLLING_FILE_WATCHER=true
dotnet tool restore >/dev/null || exit 1
if [ ! -f tests/Caseload.Browser.Tests/node_modules/axe-core/axe.min.js ]; then   # accessibility checks
  (cd tests/Caseload.Browser.Tests && npm ci --no-audit --no-fund --silent) || exit 1
fi
dotnet build Caseload.sln -c Release -nologo -v q || { echo "0 passed, 1 failed"; exit 1; }

results=$(mktemp -d)
status=0
for project in tests/Caseload.Domain.Tests tests/Caseload.Web.Tests tests/Caseload.Browser.Tests; do
  name=$(basename "$project")
  echo "== $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    --logger "console;verbosity=normal" 2>&1 | tee "$results/$name.log" | grep -E "^\s+(Failed|Skipped) |Error Message|^(Passed|Failed)!|error (CS|MSB|NU)" || true
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done

# Sum the counters of all TRX files (one per project).
read -r passed failed skipped < <(cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | awk '
  { for (i = 1; i <= NF; i++) { split($i, kv, "=\""); v = kv[2]; sub(/".*/, "", v); c[kv[1]] += v } }
  END { printf "%d %d %d\n", c["passed"], c["failed"] + c["error"] + c["timeout"] + c["aborted"], c["notExecuted"] }')
trx_count=$(ls "$results"/*.trx 2>/dev/null | wc -l)
if [ "$trx_count" -lt 3 ]; then failed=$((failed + 3 - trx_count)); status=1; fi # a project that produced no results
[ "$failed" -eq 0 ] || status=1
[ "$passed" -gt 0 ] || status=1
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
exit $status
