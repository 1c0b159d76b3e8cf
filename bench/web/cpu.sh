#!/usr/bin/env bash
# CPU per request: the web process's own CPU time (user + system, from /proc/<pid>/stat) over a wrk run, divided by the
# requests served. Unlike req/s it barely moves when other work shares the machine, so two builds (or a page and the
# floor) can be compared while colleagues build. Background threads of the process count too (log writer, GC).
# Usage: bash bench/web/cpu.sh <pid> <url> [cookie] [seconds]   (a 3 s warm-up first; wrk -t1 -c8)
set -euo pipefail
pid=$1; url=$2; cookie=${3:-}; seconds=${4:-6}
command -v wrk >/dev/null || { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq wrk >/dev/null; } # as run.sh
args=(-t1 -c8); [ -n "$cookie" ] && args+=(-H "Cookie: $cookie")
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
wrk "${args[@]}" -d3s "$url" >/dev/null
before=$(ticks)
requests=$(wrk "${args[@]}" "-d${seconds}s" "$url" | awk '/requests in/ {print $1}')
after=$(ticks)
hz=$(getconf CLK_TCK)
echo "$url: $requests requests, $(echo "$before $after $requests $hz" | awk '{printf "%.2f", ($2 - $1) * 1000 / $4 / $3}') ms CPU per request"
