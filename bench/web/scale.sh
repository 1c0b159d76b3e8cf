#!/usr/bin/env bash
# Does a page's cost follow its own rows, not the database's size? (issue #10: within 20 % from 1,000 to 50,000 citizens)
# Starts the app twice in one run, on a 1,000- and a 50,000-citizen municipality (SQLite; the generated databases are
# cached under bench/.data/ like run.sh's), and measures the pages whose own rows are the same in both (the demo
# team and worker, a demo citizen and documents) on each in turn, `rounds` times, alternating, so that the machine's
# drift hits both alike. Prints each page's median req/s on both and the change; /health/live is the control.
# Usage: bash bench/web/scale.sh [--small 1000] [--large 50000] [--rounds 3] [--duration 5]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/web/lib.sh
small=1000; large=50000; rounds=3; duration=5
while [ $# -gt 0 ]; do case "$1" in
  --small) small=$2; shift 2 ;; --large) large=$2; shift 2 ;; --rounds) rounds=$2; shift 2 ;; --duration) duration=$2; shift 2 ;;
  *) echo "unknown option $1" >&2; exit 2 ;; esac; done
command -v wrk >/dev/null || { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq wrk >/dev/null; }
command -v sqlite3 >/dev/null || { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq sqlite3 >/dev/null; }

out=$(mktemp -d); data=bench/.data; mkdir -p "$data"
echo "== build (Release)"
dotnet publish src/Caseload.Web -c Release -o "$out/web" -nologo -v q >/dev/null
dotnet build bench/DataGenerator -c Release -nologo -v q >/dev/null
pids=()
trap 'for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$out"' EXIT

declare -A port file
port[$small]=5411; port[$large]=5412
for n in "$small" "$large"; do
  file[$n]="$data/caseload-$n-v8.db" # the same cache as run.sh
  [ -f "${file[$n]}" ] || dotnet bench/DataGenerator/bin/Release/net10.0/DataGenerator.dll --provider Sqlite --connection "Data Source=$PWD/${file[$n]}" --citizens "$n" | tail -1
  start_web "$out/web" "${port[$n]}" Sqlite "Data Source=$PWD/${file[$n]}" "$out/web-$n.log"; pids+=($!)
done
for n in "$small" "$large"; do wait_for "http://127.0.0.1:${port[$n]}/health/ready"; done

login() { login_at "http://127.0.0.1:$1" "$2" Caseload-demo-2026; } # port email -> cookie (demo users)
# Per size: the page's path (the demo data's ids differ between the two databases) and the user's cookie.
declare -A path cookie
names=("/health/live" "caseload board, demo ACT team" "Mine borgere, demo worker" "citizen page (Bent Kristensen)"
       "network map (demo)" "cooperation agreement (demo)" "ACT action plan (demo)" "implementation project (demo)")
for n in "$small" "$large"; do
  q() { sqlite3 "${file[$n]}" "$1"; }
  leader=$(login "${port[$n]}" teamleder.act@caseload.local); worker=$(login "${port[$n]}" medarbejder1.act@caseload.local)
  manager=$(login "${port[$n]}" leder@caseload.local)
  bent=$(q "select lower(\"Id\") from \"Citizens\" where \"Name\"='Bent Kristensen'")
  agreement=$(q "select lower(\"Id\") from \"CooperationAgreements\" where lower(\"CitizenId\")='$bent' limit 1")
  project=$(q "select lower(\"Id\") from \"ImplementationProjects\" limit 1")
  i=0
  for p in "/health/live|" "/tavle|$leader" "/mine-borgere|$worker" "/borgere/$bent|$leader" "/borgere/$bent/netvaerkskort|$leader" \
           "/borgere/$bent/samarbejdsaftaler/$agreement|$leader" "/borgere/$bent/indsatsplan|$leader" "/implementering/$project|$manager"; do
    path[$n,$i]=${p%%|*}; cookie[$n,$i]=${p#*|}; i=$((i + 1))
  done
done

rps() { # url cookie -> req/s (wrk -t2 -c32)
  local args=(-t2 -c32); [ -n "$2" ] && args+=(-H "Cookie: $2")
  wrk "${args[@]}" "-d${duration}s" "$1" | awk '/Requests\/sec/ {print $2} /Non-2xx/ {print "non-2xx answers" > "/dev/stderr"}'
}
median() { printf "%s\n" "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "== $rounds alternating rounds of ${duration}s per page and size (each page warmed up first), wrk -t2 -c32"
printf "%-36s %10s %10s %8s\n" page "$small" "$large" change
for i in "${!names[@]}"; do
  for n in "$small" "$large"; do rps "http://127.0.0.1:${port[$n]}${path[$n,$i]}" "${cookie[$n,$i]}" >/dev/null; done # warm-up
  a=(); b=()
  for _ in $(seq 1 "$rounds"); do
    a+=("$(rps "http://127.0.0.1:${port[$small]}${path[$small,$i]}" "${cookie[$small,$i]}")")
    b+=("$(rps "http://127.0.0.1:${port[$large]}${path[$large,$i]}" "${cookie[$large,$i]}")")
  done
  ma=$(median "${a[@]}"); mb=$(median "${b[@]}")
  printf "%-36s %10.0f %10.0f %+7.0f %%%s\n" "${names[$i]}" "$ma" "$mb" "$(echo "$ma $mb" | awk '{print 100*($2-$1)/$1}')" \
    "$(echo "$ma $mb" | awk '{if ($2 < 0.8*$1) print "   (more than 20 % slower)"}')"
done
