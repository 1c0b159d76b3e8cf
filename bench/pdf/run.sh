#!/usr/bin/env bash
# PDF benchmark (issue #14): publishes the app (Release) and runs bench/pdf against it. Loopback only; about a minute.
# Usage: bash bench/pdf/run.sh [seconds per throughput run, default 8]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
dotnet publish src/Caseload.Web -c Release -o "$out/web" -nologo -v q >/dev/null
dotnet run -c Release --project bench/pdf -- "$out/web" "${1:-8}"
