#!/usr/bin/env bash
# Installs what the tests need on a Debian machine and starts a local PostgreSQL for them.
# Idempotent; needs root (CI runs as root). Prints nothing on success but a few progress lines.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "setup-test-env.sh must run as root (it installs Debian packages and starts PostgreSQL)." >&2
  exit 1
fi

# tzdata: Europe/Copenhagen for the Danish clock; npm only where the image has no Node (axe-core for the browser tests).
packages=(chromium chromium-l10n fonts-dejavu-core fonts-liberation poppler-utils postgresql tzdata)
command -v npm >/dev/null || packages+=(npm)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# PostgreSQL without systemd, listening on 127.0.0.1 only. The major version is whatever Debian's postgresql
# package installed (15 on bookworm), not a number written here.
echo "== PostgreSQL"
pgv=$(ls /usr/lib/postgresql | sort -V | tail -1)
install -d -o postgres -g postgres -m 2775 /var/run/postgresql
pg_lsclusters -h | awk -v v="$pgv" '$1==v&&$2=="main"{f=1}END{exit !f}' ||
  pg_createcluster "$pgv" main --port=5432 --encoding=UTF8 --locale=C.UTF-8 -- --auth-local=peer --auth-host=scram-sha-256
printf "listen_addresses = '127.0.0.1'\n" > "/etc/postgresql/$pgv/main/conf.d/90-ci.conf"
pg_ctlcluster "$pgv" main status >/dev/null 2>&1 || pg_ctlcluster "$pgv" main start
until pg_isready -q -h 127.0.0.1 -p 5432; do sleep 1; done
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -v u=caseload_test -v p=caseload_test -v d=caseload_test <<'SQL'
SELECT format('CREATE ROLE %I LOGIN',:'u') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname=:'u') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN CREATEDB PASSWORD %L',:'u',:'p') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0',:'d',:'u')
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname=:'d') \gexec
SQL
echo "== test environment ready"
