# Shared by run.sh and scale.sh (sourced): wait for an address, sign in, start the published app.

wait_for() { # url: until it answers 2xx, at most 2 minutes
  for _ in $(seq 1 240); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "no answer from $1" >&2; return 1
}

login_at() { # base-url email password -> the session cookie "caseload.auth=…"
  local jar token; jar=$(mktemp)
  token=$(curl -s -c "$jar" "$1/konto/log-ind" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=$2" --data-urlencode "Password=$3" --data-urlencode "__RequestVerificationToken=$token" "$1/konto/log-ind"
  awk '$6=="caseload.auth" {print "caseload.auth=" $7}' "$jar"; rm -f "$jar"
}

start_web() { # published-dir port provider connection-string log: the app in the background (Production, request logging on);
              # its pid is $! afterwards. BENCH_ENV="Key=Value …" adds environment variables.
  (cd "$1" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$2" Security__RequireHttps=false \
     AllowedHosts=127.0.0.1 App__PublicBaseUrl="http://127.0.0.1:$2" Database__Provider="$3" Database__ConnectionString="$4" \
     exec env ${BENCH_ENV:-} ./Caseload.Web >"$5" 2>&1) &
}
