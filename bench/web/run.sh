#!/usr/bin/env bash
# Web benchmark: Caseload's key pages on a generated municipality, against a bare Kestrel endpoint and the floor page
# (../shared/bench/floor: a lean signed-in page on the same stack) in the same run.
# Usage: bash bench/web/run.sh [--citizens 10000] [--db sqlite|postgres|both] [--duration 8] [--rows REGEX]
# --rows runs only the pages whose name matches (grep -E); the bare endpoint, the floor and /health/live always run.
# BENCH_ENV="Key=Value …" adds environment variables to the app (e.g. BENCH_ENV="DOTNET_gcServer=1" to compare GC modes).
# SHARED_DIR=path names the shared folder when it is not at ../shared beside the clone (e.g. in a git worktree).
# Loopback only, bounded load (wrk -t2 -c32 per page: 5 s warm-up, then the measured run). Prints req/s, p50, p99, the ratio
# to the bare endpoint and to the floor page, the page's target against the floor where it has one (issue #26; such a page
# is compared with the floor measured right before and after it), and the web process's memory. PostgreSQL: uses CASELOAD_TEST_POSTGRES (as scripts/test.sh sets it).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/web/lib.sh
citizens=10000; dbs=sqlite; duration=8; rows=.
while [ $# -gt 0 ]; do case "$1" in
  --citizens) citizens=$2; shift 2 ;; --db) dbs=$2; shift 2 ;; --duration) duration=$2; shift 2 ;; --rows) rows=$2; shift 2 ;;
  *) echo "unknown option $1" >&2; exit 2 ;; esac; done
[ "$dbs" = both ] && dbs="sqlite postgres"
# The floor is not in the repository: it lives in the read-only shared folder beside the clone.
floor_src="${SHARED_DIR:-../shared}/bench/floor"
for port in 5401 5402 5403; do # another run on this machine would be measured instead of ours
  ! curl -s -o /dev/null "http://127.0.0.1:$port/" || { echo "Port $port is in use (another benchmark running?); stop it first." >&2; exit 2; }
done
[ -f "$floor_src/floor.csproj" ] || { echo "The floor page is missing: no $floor_src/floor.csproj. Run from a clone with shared/ beside it (../shared), or set SHARED_DIR=/path/to/shared." >&2; exit 2; }
command -v wrk >/dev/null || { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq wrk >/dev/null; }
command -v sqlite3 >/dev/null || { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq sqlite3 >/dev/null; }

out=$(mktemp -d); data=bench/.data; mkdir -p "$data"
echo "== build (Release)"
dotnet publish bench/BareEndpoint -c Release -o "$out/bare" -nologo -v q >/dev/null
dotnet publish src/Caseload.Web -c Release -o "$out/web" -nologo -v q >/dev/null
cp -r "$floor_src" "$out/floor-src" && chmod -R u+w "$out/floor-src" # built from a copy: the shared folder is read-only
dotnet publish "$out/floor-src" -c Release -o "$out/floor" -nologo -v q >/dev/null
dotnet build bench/DataGenerator -c Release -nologo -v q >/dev/null
pids=()
trap 'for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$out"' EXIT

ASPNETCORE_URLS=http://127.0.0.1:5401 "$out/bare/BareEndpoint" >/dev/null 2>&1 & pids+=($!)
wait_for http://127.0.0.1:5401/
# The floor seeds its own 10,000 citizens on first start (SQLite, kept under bench/.data); it always runs on SQLite.
mkdir -p bench/.data
FLOOR_DB="$PWD/bench/.data/floor.db" ASPNETCORE_URLS=http://127.0.0.1:5403 "$out/floor/floor" >/dev/null 2>&1 & pids+=($!)
wait_for http://127.0.0.1:5403/bare
floorcookie=$(curl -s -o /dev/null -c - http://127.0.0.1:5403/login | awk 'NF==7 {printf "%s=%s; ", $6, $7}')

measure() { # url [cookie] -> "rps p50 p99 non2xx"; a 5 s warm-up first (JIT tiering), then the measured run
  local args=(-t2 -c32 --latency)
  [ -n "${2:-}" ] && args+=(-H "Cookie: $2")
  wrk "${args[@]}" -d5s "$1" >/dev/null
  wrk "${args[@]}" "-d${duration}s" "$1" | awk '/Requests\/sec/ {r=$2} /^ +50%/ {a=$2} /^ +99%/ {b=$2} /Non-2xx/ {e=$5} END {printf "%s %s %s %s\n", r, a, b, (e==""?0:e)}'
}
login() { login_at http://127.0.0.1:5402 "$@"; } # email password -> cookie

for db in $dbs; do
  echo "== $db, $citizens citizens"
  if [ "$db" = sqlite ]; then
    file="$data/caseload-$citizens-v10.db"; cs="Data Source=$PWD/$file"; provider=Sqlite # v10: with the ACT team's week of visits and the team-meeting figures; v9: with the ACT week demo (team meetings, intensified support); v8: with the course event log of every row (v7: CTI and outreach cases, the demo documents, meetings, implementation, partners and reflection days) (bump when the generator or the demo data changes)
    [ -f "$file" ] || dotnet bench/DataGenerator/bin/Release/net10.0/DataGenerator.dll --provider Sqlite --connection "$cs" --citizens "$citizens" | tail -1
    q() { sqlite3 "$file" "$1"; }
    idtext='lower("CitizenId")'; idcol='lower("Id")'
  else
    base=${CASELOAD_TEST_POSTGRES:?set CASELOAD_TEST_POSTGRES (scripts/setup-test-env.sh starts a local PostgreSQL)}
    cs="${base%Database=*}Database=caseload_bench_${citizens}_v10"; provider=Postgres
    dotnet bench/DataGenerator/bin/Release/net10.0/DataGenerator.dll --provider Postgres --connection "$cs" --citizens "$citizens" | tail -1
    pgcs="postgresql://caseload_test:caseload_test@127.0.0.1:5432/caseload_bench_${citizens}_v10"
    q() { psql -At "$pgcs" -c "$1"; }
    idtext='"CitizenId"::text'; idcol='"Id"::text'
  fi
  start_web "$out/web" 5402 "$provider" "$cs" "$out/web-$db.log"; web=$!; pids+=($web)
  wait_for http://127.0.0.1:5402/health/ready

  demo=$(login teamleder.act@caseload.local Caseload-demo-2026)
  big=$(login bench.leder.01@caseload.local Caseload-bench-2026)
  worker=$(login bench.medarbejder.001@caseload.local Caseload-bench-2026)
  demoworker=$(login medarbejder1.act@caseload.local Caseload-demo-2026)
  demomine=$(q "select count(*) from \"Courses\" c join \"AspNetUsers\" u on u.\"Id\"=c.\"PrimaryWorkerId\" where u.\"Email\"='medarbejder1.act@caseload.local' and c.\"Status\"='Active'")
  workerid=$(q "select \"Id\" from \"AspNetUsers\" where \"Email\"='bench.medarbejder.001@caseload.local'")
  citizen=$(q "select $idtext from \"Courses\" where \"PrimaryWorkerId\"='$workerid' limit 1")
  bigteam=$(q "select count(*) from \"Courses\" c join \"Teams\" t on t.\"Id\"=c.\"TeamId\" where t.\"Name\"='Bench-team 01' and c.\"Status\"='Active'")
  mine=$(q "select count(*) from \"Courses\" where \"PrimaryWorkerId\"='$workerid' and \"Status\"='Active'")
  ctileader=$(q "select u.\"Email\" from \"AspNetUsers\" u join \"TeamMembers\" m on m.\"UserId\"=u.\"Id\" join \"Teams\" t on t.\"Id\"=m.\"TeamId\" where t.\"Method\"='Cti' and m.\"Role\"='Leader' and u.\"Email\" like 'bench.%' order by u.\"Email\" limit 1")
  ctiteam=$(q "select m.\"TeamId\" from \"TeamMembers\" m join \"AspNetUsers\" u on u.\"Id\"=m.\"UserId\" where u.\"Email\"='$ctileader' limit 1")
  cticitizen=$(q "select $idtext from \"CtiCourses\" where \"TeamId\"='$ctiteam' limit 1")
  ctiactive=$(q "select count(*) from \"CtiCourses\" where \"TeamId\"='$ctiteam' and \"Stage\" not in ('Completed','Interrupted')")
  cti=$(login "$ctileader" Caseload-bench-2026)
  fsleader=$(q "select u.\"Email\" from \"AspNetUsers\" u join \"TeamMembers\" m on m.\"UserId\"=u.\"Id\" join \"Teams\" t on t.\"Id\"=m.\"TeamId\" where t.\"Method\"='Outreach' and m.\"Role\"='Leader' and u.\"Email\" like 'bench.%' order by u.\"Email\" limit 1")
  fsteam=$(q "select m.\"TeamId\" from \"TeamMembers\" m join \"AspNetUsers\" u on u.\"Id\"=m.\"UserId\" where u.\"Email\"='$fsleader' limit 1")
  fscitizen=$(q "select $idtext from \"OutreachCases\" where \"TeamId\"='$fsteam' limit 1")
  fsactive=$(q "select count(*) from \"OutreachCases\" where \"TeamId\"='$fsteam' and \"ClosedOn\" is null")
  fs=$(login "$fsleader" Caseload-bench-2026)
  bent=$(q "select $idtext from \"NetworkMaps\" m join \"Citizens\" c on c.\"Id\"=m.\"CitizenId\" where c.\"Name\"='Bent Kristensen'")
  agreement=$(q "select $idcol from \"CooperationAgreements\" where $idtext='$bent' limit 1")
  meetingcitizen=$(q "select $idtext from \"CoordinatingMeetings\" where \"MinutesSentAt\" is not null limit 1")
  meeting=$(q "select $idcol from \"CoordinatingMeetings\" where \"MinutesSentAt\" is not null limit 1")
  # The demo ACT team's meetings (ADR 0032): today's, whose agenda is built from the data, and last week's, closed.
  actteam=$(q "select ${idcol/Id/TeamId} from \"TeamMeetings\" limit 1")
  teammeeting=$(q "select $idcol from \"TeamMeetings\" where \"ClosedAt\" is null order by \"Date\" limit 1")
  heldmeeting=$(q "select $idcol from \"TeamMeetings\" where \"ClosedAt\" is not null limit 1")
  taskowner=$(q "select u.\"Email\" from \"MeetingTasks\" t join \"AspNetUsers\" u on u.\"Id\"=t.\"OwnerId\" where t.\"DoneOn\" is null limit 1")
  fsdemo=$(login teamleder.fs@caseload.local Caseload-demo-2026)
  owner=$(login "$taskowner" Caseload-demo-2026)
  manager=$(login leder@caseload.local Caseload-demo-2026)
  project=$(q "select $idcol from \"ImplementationProjects\" limit 1")
  centre=$(q "select $idcol from \"DropInCentres\" limit 1")
  reflection=$(q "select $idcol from \"ReflectionDays\" limit 1")
  reflectionproject=$(q "select \"ProjectId\" from \"ReflectionDays\" limit 1")
  partner=$(q "select \"PartnerId\" from \"PartnerAgreements\" where \"SignedFileId\" is not null limit 1")
  # Field mode's choice page (issue #31): a clash of the demo leader's offline change to Bent's action plan, put in directly.
  leaderid=$(q "select \"Id\" from \"AspNetUsers\" where \"Email\"='teamleder.act@caseload.local'")
  clash=$(cat /proc/sys/kernel/random/uuid)
  clashdata='{"base":{"Input.CitizensView":["a"]},"mine":{"Input.CitizensView":["b"]},"theirs":{"Input.CitizensView":["c"]},"labels":{}}'
  q "delete from \"FieldConflicts\" where \"Form\" = '/borgere/$bent/indsatsplan'" >/dev/null
  if [ "$db" = sqlite ]; then
    q "insert into FieldConflicts values (upper('$clash'), '$leaderid', upper('$bent'), '/borgere/$bent/indsatsplan', '$clashdata', strftime('%Y-%m-%d %H:%M:%S', 'now'))"
  else
    q "insert into \"FieldConflicts\" values ('$clash', '$leaderid', '$bent', '/borgere/$bent/indsatsplan', '$clashdata', now())" >/dev/null
  fi

  read -r bare_rps bare_p50 bare_p99 _ < <(measure http://127.0.0.1:5401/)
  read -r floor_rps floor_p50 floor_p99 floor_errors < <(measure http://127.0.0.1:5403/mine "$floorcookie")
  [ "$floor_errors" = 0 ] || echo "warning: the floor page answered $floor_errors non-2xx (not signed in?)" >&2
  pct() { echo "$1 $2" | awk '{printf "%.1f", 100*$1/$2}'; }
  printf "%-44s %9s %9s %9s %8s %8s %6s  %s\n" page "req/s" p50 p99 "of bare" "of floor" non2xx "target (of floor)"
  printf "%-44s %9.0f %9s %9s %8s\n" "bare Kestrel (same run)" "$bare_rps" "$bare_p50" "$bare_p99" "100 %"
  printf "%-44s %9.0f %9s %9s %6s %% %8s %6s\n" "floor page /mine, 38 rows (same run)" "$floor_rps" "$floor_p50" "$floor_p99" "$(pct "$floor_rps" "$bare_rps")" "100 %" "$floor_errors"
  target_of() { case "$1" in "citizen page") echo 35 ;; "Mine borgere"*|"caseload board, demo ACT team"*|"ACT results"*) echo 70 ;; esac; } # issue #26 item 8, issue #29 item 9
  met=0; targets=0
  # A page with a target is measured between two fresh floor runs and compared with their mean: on a shared machine the
  # load drifts during a run, and a floor measured minutes earlier would judge the page by another machine's speed.
  floor_now() { measure http://127.0.0.1:5403/mine "$floorcookie" | awk '{print $1}'; }
  row() { [ "$1" = /health/live ] || echo "$1" | grep -Eq -- "$rows" || return 0
          local of_floor target verdict="" floor_here="$floor_rps" before after; target=$(target_of "$1")
          [ -n "$target" ] && before=$(floor_now)
          read -r rps p50 p99 errors < <(measure "$2" "${3:-}")
          if [ -n "$target" ]; then after=$(floor_now); floor_here=$(echo "$before $after" | awk '{printf "%.1f", ($1+$2)/2}'); fi
          of_floor=$(pct "$rps" "$floor_here")
          if [ -n "$target" ]; then
            targets=$((targets + 1))
            if awk -v a="$of_floor" -v t="$target" 'BEGIN {exit !(a >= t)}'; then verdict="≥ $target % met"; met=$((met + 1)); else verdict="≥ $target % NOT met"; fi
          fi
          [ -n "$target" ] && verdict="$verdict (floor beside it: $before / $after req/s)"
          printf "%-44s %9.0f %9s %9s %6s %% %6s %% %6s  %s\n" "$1" "$rps" "$p50" "$p99" "$(pct "$rps" "$bare_rps")" "$of_floor" "$errors" "$verdict"; }
  row "/health/live" http://127.0.0.1:5402/health/live
  row "sign-in page (no session, no SQL)" http://127.0.0.1:5402/konto/log-ind
  row "caseload board, demo ACT team (19)" http://127.0.0.1:5402/tavle "$demo"
  row "caseload board, Bench-team 01 ($bigteam)" http://127.0.0.1:5402/tavle "$big"
  row "Mine borgere ($mine citizens)" http://127.0.0.1:5402/mine-borgere "$worker"
  row "Mine borgere, demo worker ($demomine citizens)" http://127.0.0.1:5402/mine-borgere "$demoworker"
  row "citizen page" "http://127.0.0.1:5402/borgere/$citizen" "$worker"
  row "Frister, all methods ($mine citizens)" http://127.0.0.1:5402/frister "$worker"
  row "citizen timeline (course event log)" "http://127.0.0.1:5402/borgere/$citizen/tidslinje" "$worker"
  row "citizen print menu (Udskrifter)" "http://127.0.0.1:5402/borgere/$bent/udskrift" "$demo"
  row "citizen search ('Hansen')" "http://127.0.0.1:5402/borgere?q=Hansen" "$big"
  row "CTI phase board ($ctiactive courses)" http://127.0.0.1:5402/cti/tavle "$cti"
  row "CTI course page" "http://127.0.0.1:5402/borgere/$cticitizen/cti" "$cti"
  row "FS deadline list ($fsactive cases)" http://127.0.0.1:5402/fs/frister "$fs"
  row "FS course page" "http://127.0.0.1:5402/borgere/$fscitizen/fs" "$fs"
  row "network map (demo, 7 persons, 3 versions)" "http://127.0.0.1:5402/borgere/$bent/netvaerkskort" "$demo"
  row "network map form" "http://127.0.0.1:5402/borgere/$bent/netvaerkskort/rediger" "$demo"
  row "cooperation agreement (demo)" "http://127.0.0.1:5402/borgere/$bent/samarbejdsaftaler/$agreement" "$demo"
  row "ACT action plan (demo, 2 revisions)" "http://127.0.0.1:5402/borgere/$bent/indsatsplan" "$demo"
  row "field mode: choose a version (one clash)" "http://127.0.0.1:5402/borgere/$bent/felt/valg/$clash" "$demo"
  row "coordinating meeting (demo, held)" "http://127.0.0.1:5402/borgere/$meetingcitizen/koordinerende-moeder/$meeting" "$fsdemo"
  row "start page with open tasks" "http://127.0.0.1:5402/" "$owner"
  row "ACT team meeting, agenda from the data (demo)" "http://127.0.0.1:5402/act/teams/$actteam/teammoeder/$teammeeting" "$demo"
  row "ACT team meeting minutes, print view" "http://127.0.0.1:5402/act/teams/$actteam/teammoeder/$heldmeeting/referat" "$demo"
  row "ACT week of shared visits (demo, this week)" "http://127.0.0.1:5402/act/teams/$actteam/besoeg" "$demo"
  row "ACT week of shared visits (demo, next week)" "http://127.0.0.1:5402/act/teams/$actteam/besoeg?uge=$(date -d '+7 days' +%G-W%V)" "$demo"
  row "implementation project (demo ACT)" "http://127.0.0.1:5402/implementering/$project" "$manager"
  row "implementation plan, print view" "http://127.0.0.1:5402/implementering/$project/udskrift" "$manager"
  row "drop-in centre, who is here when" "http://127.0.0.1:5402/vaeresteder/$centre/hvem-er-her" "$manager"
  row "drop-in centre with group activities" "http://127.0.0.1:5402/vaeresteder/$centre" "$manager"
  row "steering group and team with meetings" "http://127.0.0.1:5402/implementering/$reflectionproject/grupper" "$manager"
  row "reflection day (demo)" "http://127.0.0.1:5402/implementering/$reflectionproject/refleksion/$reflection" "$manager"
  row "partners with review reminders" "http://127.0.0.1:5402/samarbejdspartnere" "$manager"
  row "partner with signed agreement" "http://127.0.0.1:5402/samarbejdspartnere/$partner" "$manager"
  row "ACT results and fidelity, all teams (manager)" "http://127.0.0.1:5402/resultater/act" "$manager"
  row "ACT results and fidelity, demo team (leader)" "http://127.0.0.1:5402/resultater/act" "$demo"
  row "Results for citizens, all teams (manager)" "http://127.0.0.1:5402/resultater/borgere" "$manager"
  row "Outreach results, all teams (manager)" "http://127.0.0.1:5402/resultater/fremskudt" "$manager"
  row "Outreach results, demo team (leader)" "http://127.0.0.1:5402/resultater/fremskudt" "$fsdemo"
  echo "targets against the floor (issue #26): $met of $targets met"
  # now, split (ADR 0022): anonymous = the GC heap and native allocations; shared = mostly the JIT-compiled code
  # (the runtime's W^X double mapping); files = mapped assemblies and libraries
  echo "web process memory: $(awk '/VmHWM/ {printf "peak %.0f MB", $2/1024} /VmRSS/ {printf ", now %.0f MB", $2/1024}
    /RssAnon/ {a=$2} /RssFile/ {f=$2} /RssShmem/ {printf " (anonymous %.0f, shared %.0f, files %.0f MB)", a/1024, $2/1024, f/1024}' /proc/$web/status)"
  kill $web; wait $web 2>/dev/null || true
done
