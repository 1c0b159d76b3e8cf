#!/usr/bin/env bash
# Two Caseload web instances on one PostgreSQL database behind a YARP proxy, all on loopback (issue #32 item 2), with checks:
# a sign-in on one instance continues on the other, a form opened on one is saved on the other (shared antiforgery keys),
# a draft saved on one is offered on the other, a job ran on exactly one node, and one instance killed under a bounded load
# through the proxy, reading and writing (no acknowledged write lost). Needs a PostgreSQL where CASELOAD_TEST_POSTGRES's user may create databases (scripts/setup-test-env.sh).
# Usage: bash scripts/two-instances.sh   (builds Release first unless NO_BUILD=1; PROXY=nginx uses nginx with the
# docker-compose profile's file deploy/nginx/caseload-two-instances.conf instead of YARP)
set -euo pipefail
cd "$(dirname "$0")/.."
PG=${CASELOAD_TEST_POSTGRES:-"Host=127.0.0.1;Port=5432;Username=caseload_test;Password=caseload_test;Database=caseload_test"}
DB=caseload_two_$$
CS="${PG/Database=caseload_test/Database=$DB}"
WORK=$(mktemp -d /tmp/caseload-two.XXXXXX)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  PGPASSWORD=caseload_test psql -h 127.0.0.1 -U caseload_test -d caseload_test -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL is not running (scripts/setup-test-env.sh)"; exit 1; }
if [[ "${NO_BUILD:-0}" != 1 ]]; then
  dotnet build src/Caseload.Web -c Release -nologo -v q >/dev/null
  dotnet build bench/ProxyHost -c Release -nologo -v q >/dev/null
fi

start_web() { # name port migrate
  ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="http://127.0.0.1:$2" \
  Database__Provider=Postgres Database__ConnectionString="$CS" Database__SeedDemoData=true Database__MigrateOnStartup="$3" \
  App__PublicBaseUrl=http://127.0.0.1:5100 Security__RequireHttps=false Security__TrustForwardedHeaders=true \
  Jobs__InstanceId="$1" Pdf__WarmUpAtStart=false Sms__RemindersEnabled=false \
  Mail__PickupDirectory="$WORK/mail" Sms__OutboxDirectory="$WORK/sms" Serilog__MinimumLevel__Default=Warning \
  Serilog__WriteTo__0__Args__configure__0__Args__path="$WORK/$1-.log" \
  dotnet src/Caseload.Web/bin/Release/net10.0/Caseload.Web.dll --contentRoot "$PWD/src/Caseload.Web" >"$WORK/$1.out" 2>&1 &
  PIDS+=($!)
}
wait_ready() { for _ in $(seq 1 120); do curl -sf -o /dev/null "$1/health/ready" && return 0; sleep 1; done; echo "$1 not ready"; cat "$WORK"/*.out | tail -20; exit 1; }

A=http://127.0.0.1:5101; B=http://127.0.0.1:5102; P=http://127.0.0.1:5100
start_web web-1 5101 true;  wait_ready $A   # the first migrates and seeds
start_web web-2 5102 false; wait_ready $B
if [[ "${PROXY:-yarp}" == nginx ]]; then # the docker-compose profile's nginx file, with the instances on loopback
  sed -e 's/web-1:8080/127.0.0.1:5101/; s/web-2:8080/127.0.0.1:5102/; s/listen 8090;/listen 127.0.0.1:5100;/' \
    deploy/nginx/caseload-two-instances.conf > "$WORK/caseload.conf"
  printf 'worker_processes 1; daemon off; pid %s/nginx.pid; error_log %s/nginx.err;\nevents {}\nhttp { access_log off; client_body_temp_path %s; proxy_temp_path %s; include %s/caseload.conf; }\n' \
    "$WORK" "$WORK" "$WORK" "$WORK" "$WORK" > "$WORK/nginx.conf"
  nginx -c "$WORK/nginx.conf" -p "$WORK" >"$WORK/proxy.out" 2>&1 &
else
  PROXY_URL=$P PROXY_BACKENDS="$A;$B" dotnet bench/ProxyHost/bin/Release/net10.0/ProxyHost.dll >"$WORK/proxy.out" 2>&1 &
fi
PIDS+=($!); WEB1=${PIDS[0]}
echo "     proxy: ${PROXY:-yarp}"
wait_ready $P
fail=0; ok() { echo "ok   $*"; }; bad() { echo "FAIL $*"; fail=1; }
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
JAR=$WORK/jar

# 1. The sign-in form from instance 1, posted to instance 2: the antiforgery keys are shared.
T=$(curl -s -c $JAR -b $JAR $A/konto/log-ind | token)
code=$(curl -s -o /dev/null -w '%{http_code}' -c $JAR -b $JAR -X POST $B/konto/log-ind \
  --data-urlencode "Email=medarbejder2.act@caseload.local" --data-urlencode "Password=Caseload-demo-2026" --data-urlencode "__RequestVerificationToken=$T")
[[ $code == 302 ]] && ok "form from web-1 posted to web-2: signed in (302)" || bad "sign-in across instances gave $code"
# 2. The session continues on either instance (server-side sessions and keys in the database).
for u in $A $B; do c=$(curl -s -o /dev/null -w '%{http_code}' -b $JAR $u/borgere); [[ $c == 200 ]] && ok "signed-in page on $u" || bad "signed-in page on $u gave $c"; done
# 3. A draft saved on instance 1 is offered on instance 2.
T=$(curl -s -b $JAR -c $JAR $A/ | token)
c=$(curl -s -o /dev/null -w '%{http_code}' -b $JAR -c $JAR -X POST $A/kladder --data-urlencode "key=/borgere/ny" \
  --data-urlencode 'data={"Input.Name":"Kladde fra web-1"}' --data-urlencode "__RequestVerificationToken=$T")
[[ $c == 200 ]] || bad "draft save on web-1 gave $c"
curl -s -b $JAR "$B/kladder?key=/borgere/ny" | grep -q "Kladde fra web-1" && ok "draft saved on web-1 offered on web-2" || bad "draft not offered on web-2"
# 4. Jobs: each start-up run happened, on exactly one node per firing.
runs=$(PGPASSWORD=caseload_test psql -h 127.0.0.1 -U caseload_test -d $DB -Atc 'SELECT count(DISTINCT "Instance") || '"'"' nodes, '"'"' || count(*) || '"'"' runs'"'"' FROM "JobRuns"')
nodes=$(PGPASSWORD=caseload_test psql -h 127.0.0.1 -U caseload_test -d $DB -Atc 'SELECT count(*) FROM qrtz_scheduler_state')
[[ $nodes == 2 ]] && ok "two scheduler nodes in the cluster; job runs: $runs" || bad "cluster has $nodes nodes"
# 5. Bounded load through the proxy (200 requests, 4 at a time, every 8th a write: a draft saved under its own form
#    address); web-1 is killed after the first 60. No lost writes: every write that was answered 200 is in the database,
#    and a write that failed while web-1 died succeeds when the user retries it (the draft is saved once).
T=$(curl -s -b $JAR -c $JAR $P/ | token)
write() { curl -s -o /dev/null -w "$1 %{http_code}\n" -b $JAR -X POST $P/kladder --data-urlencode "key=/borgere/ny?last=$1" \
  --data-urlencode "data={\"Input.Name\":\"Last $1\"}" --data-urlencode "__RequestVerificationToken=$T"; }
: > $WORK/codes; : > $WORK/writes
LOAD=() # only these are waited for: a bare `wait` would wait for the servers too
for i in $(seq 1 200); do
  [[ $i == 60 ]] && { kill -9 $WEB1; wait $WEB1; } 2>/dev/null # reaped here: no "Killed" line in the output
  if (( i % 8 == 0 )); then write $i >> $WORK/writes & else curl -s -o /dev/null -w '%{http_code}\n' -b $JAR $P/borgere >> $WORK/codes & fi
  LOAD+=($!)
  (( i % 4 == 0 )) && { wait "${LOAD[@]}"; LOAD=(); }
done; (( ${#LOAD[@]} )) && wait "${LOAD[@]}"
reads=$(wc -l < $WORK/codes); good=$(grep -c '^200$' $WORK/codes || true); errors=$((reads - good))
echo "     through the proxy: $good of $reads reads answered 200, $errors failed while web-1 died"
retried=0; for _ in $(seq 1 $errors); do [[ $(curl -s -o /dev/null -w '%{http_code}' -b $JAR $P/borgere) == 200 ]] && retried=$((retried + 1)); done
(( retried == errors )) && ok "the proxy moved on to web-2: each of the $errors failed reads answered 200 when retried (at most a retry)" \
  || bad "only $retried of $errors failed reads answered when retried"
sql() { PGPASSWORD=caseload_test psql -h 127.0.0.1 -U caseload_test -d $DB -Atc "$1"; }
stored() { sql "SELECT count(*) FROM \"Drafts\" WHERE \"Key\" = '/borgere/ny?last=$1'"; }
acked=$(awk '$2 == 200 {print $1}' $WORK/writes); failed=$(awk '$2 != 200 {print $1}' $WORK/writes)
lost=0; for i in $acked; do [[ $(stored $i) == 1 ]] || lost=$((lost + 1)); done
(( lost == 0 )) && ok "no lost writes: all $(echo $acked | wc -w) writes answered 200 are in the database" || bad "$lost acknowledged writes are missing"
for i in $failed; do write $i > /dev/null; done
total=$(sql "SELECT count(*) || ' rows, ' || count(DISTINCT \"Key\") || ' forms' FROM \"Drafts\" WHERE \"Key\" LIKE '/borgere/ny?last=%'")
[[ $total == "25 rows, 25 forms" ]] && ok "after retrying the $(echo $failed | wc -w) failed writes: each of the 25 drafts saved once" || bad "after the retries: $total (expected 25 rows, 25 forms)"
c=$(curl -s -o /dev/null -w '%{http_code}' -b $JAR $P/borgere); [[ $c == 200 ]] && ok "after the kill: 200 through the proxy" || bad "after the kill: $c"
exit $fail
