#!/usr/bin/env bash
# Request logging's cost: Caseload's /health/live (one Information line per request, async sinks) against a bare
# Kestrel endpoint, in the same run on this machine. Bounded: 3 rounds of wrk -t2 -c32 -d8s per target, loopback only.
# Usage: bash bench/logging.sh        (installs wrk with apt when run as root and it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq wrk >/dev/null; }
out=$(mktemp -d)
dotnet publish bench/BareEndpoint -c Release -o "$out/bare" -nologo -v q >/dev/null
dotnet publish src/Caseload.Web -c Release -o "$out/web" -nologo -v q >/dev/null
if [ -n "${BENCH_APPSETTINGS:-}" ]; then cp "$BENCH_APPSETTINGS" "$out/web/appsettings.Production.json"; fi

ASPNETCORE_URLS=http://127.0.0.1:5301 "$out/bare/BareEndpoint" >/dev/null 2>&1 & bare=$!
(cd "$out/web" && if [ -n "${BENCH_ENV:-}" ]; then export ${BENCH_ENV}; fi && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:5302 Security__RequireHttps=false \
  AllowedHosts=127.0.0.1 App__PublicBaseUrl=http://127.0.0.1:5302 \
  Database__ConnectionString="Data Source=$out/bench.db" exec ./Caseload.Web >"$out/web.out" 2>&1) & web=$!
trap 'kill $bare $web 2>/dev/null || true; rm -rf "$out"' EXIT
for url in http://127.0.0.1:5301/ http://127.0.0.1:5302/health/live; do
  for _ in $(seq 1 60); do curl -fs "$url" >/dev/null 2>&1 && break; sleep 0.5; done
done

run() { wrk -t2 -c32 -d8s --latency "$1" | awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%s %s %s\n", rps, p50, p99}'; }
# Three interleaved rounds; the median round of each target counts (the machine is noisy).
median() { sort -n -k1,1 | sed -n 2p; }
wrk -t2 -c32 -d5s http://127.0.0.1:5301/ >/dev/null; wrk -t2 -c32 -d5s http://127.0.0.1:5302/health/live >/dev/null # warm-up (JIT)
for round in 1 2 3; do
  sleep 2; run http://127.0.0.1:5301/ >>"$out/bare.txt"
  sleep 2; run http://127.0.0.1:5302/health/live >>"$out/live.txt"
done
read -r bare_rps bare_p50 bare_p99 < <(median <"$out/bare.txt")
read -r live_rps live_p50 live_p99 < <(median <"$out/live.txt")
sleep 2 # the file sink flushes every second
lines=$(cat "$out"/web/data/logs/*.log 2>/dev/null | grep -c "HTTP GET /health/live" || true)
printf "%-28s %10s %8s %8s %7s\n" target "req/s" p50 p99 ratio
printf "%-28s %10.0f %8s %8s %7s\n" "bare Kestrel" "$bare_rps" "$bare_p50" "$bare_p99" "100 %"
printf "%-28s %10.0f %8s %8s %6.0f %%\n" "/health/live (logged)" "$live_rps" "$live_p50" "$live_p99" "$(echo "$live_rps $bare_rps" | awk '{print 100*$1/$2}')"
echo "log lines written for /health/live: $lines (one per request answered, incl. warm-up)"
