#!/usr/bin/env bash
# Web benchmark (issue "Performance"): throughput and latency of the UI and the API at 50 concurrent
# connections, and the start of Leitstand against Payara Micro with an empty WAR, side by side in one
# run on this machine. Not part of `mvn verify`.
#
#   bench/web.sh                 # 50 connections, 20 s per target
#   CONNECTIONS=20 DURATION=10s bench/web.sh
#
# Needs: a built project (built here when the JAR is missing), `wrk` (installed from Debian when
# missing; run as root), curl. Uses the embedded H2 database with the demo data in a fresh folder.
# Prints one table; the raw wrk output is in web/target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${CONNECTIONS:-50}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
PORT=${PORT:-8191}
EMPTY_PORT=${EMPTY_PORT:-8192}
MONTH=${MONTH:-2020-06}
JAR=${JAR:-web/target/leitstand-microbundle.jar}
OUT=web/target/bench
mkdir -p "$OUT"

[ -f "$JAR" ] || mvn -B -q -DskipTests install
if ! command -v wrk > /dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null
fi
PAYARA=$(ls ~/.m2/repository/fish/payara/extras/payara-micro/*/payara-micro-*.jar | sort | tail -1)

cleanup() { [ -f "$OUT/last.pid" ] && stop_last; }
trap cleanup EXIT

# start_and_wait NAME PORT LOG COMMAND...: prints seconds to /health/ready and the RSS in MiB afterwards.
# Runs in a process substitution (a subshell), so it leaves the process id in $OUT/last.pid for stop_last.
start_and_wait() {
    local name=$1 port=$2 log=$3; shift 3
    local begin; begin=$(date +%s.%N)
    "$@" > "$log" 2>&1 &
    local pid=$!
    echo "$pid" > "$OUT/last.pid"
    for _ in $(seq 1 2400); do
        if curl -fs -o /dev/null "http://localhost:$port/health/ready"; then
            local end; end=$(date +%s.%N)
            sleep 5
            local rss; rss=$(ps -o rss= -p "$pid" | awk '{printf "%.0f", $1/1024}')
            printf '%s %.1f %s\n' "$name" "$(echo "$end - $begin" | bc)" "$rss"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || { echo "$name ended early, see $log" >&2; return 1; }
        sleep 0.1
    done
    echo "$name not ready" >&2; return 1
}

# stop_last: ends the process start_and_wait started last and waits until it is gone
stop_last() {
    local p; p=$(cat "$OUT/last.pid"); rm -f "$OUT/last.pid"
    kill "$p" 2>/dev/null || true
    while kill -0 "$p" 2>/dev/null; do sleep 0.2; done
}

# --- start: empty WAR against Leitstand, side by side -------------------------------------------
empty=$OUT/empty-war; rm -rf "$empty"; mkdir -p "$empty/WEB-INF"
echo '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>' > "$empty/WEB-INF/web.xml"
(cd "$empty" && jar cf ../empty.war .)
data=$(mktemp -d "$OUT/data-XXXX")
read -r _ empty_s empty_rss < <(start_and_wait empty "$EMPTY_PORT" "$OUT/empty.log" \
    java -jar "$PAYARA" --deploy "$OUT/empty.war" --contextroot / --port "$EMPTY_PORT" --nocluster)
stop_last
read -r _ first_s first_rss < <(LEITSTAND_DATA_DIR=$data LEITSTAND_HTTP_PORT=$PORT start_and_wait leitstand "$PORT" "$OUT/leitstand-1.log" \
    java -jar "$JAR" --port "$PORT")
stop_last
read -r _ second_s second_rss < <(LEITSTAND_DATA_DIR=$data LEITSTAND_HTTP_PORT=$PORT start_and_wait leitstand "$PORT" "$OUT/leitstand-2.log" \
    java -jar "$JAR" --port "$PORT")

# --- load: /health, the API with HTTP Basic, the dashboard with a logged-in session ------------------
base="http://localhost:$PORT"
basic="Authorization: Basic $(printf 'ee-controlling:demo' | base64)"
# fifty staff at once: every connection's requests take turns over as many logged-in sessions as there are
# connections (each a user of its own, as in an office), never fifty requests at once in one session
login_session() { # prints the JSESSIONID of a fresh login of ee-controlling
    local jar; jar=$(mktemp "$OUT/cookies-XXXX")
    local login state nonce
    login=$(curl -fs -c "$jar" -b "$jar" "$base/login.xhtml")
    state=$(printf '%s' "$login" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    nonce=$(printf '%s' "$login" | grep -o 'nonce="[^"]*"' | head -1 | sed 's/nonce="//; s/"$//')   # as a browser sends it
    curl -fs -o /dev/null -c "$jar" -b "$jar" "$base/login.xhtml" \
        --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=ee-controlling" \
        --data-urlencode "loginForm:password=demo" --data-urlencode "loginForm:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce"
    awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1
    rm -f "$jar"
}
sessions=$OUT/sessions.txt; : > "$sessions"
for _ in $(seq 1 "$CONNECTIONS"); do login_session >> "$sessions"; done
session=$(head -1 "$sessions")
cat > "$OUT/sessions.lua" <<LUA
-- each request takes the next logged-in session (many users, one page each)
local sessions = {}
for line in io.lines("$sessions") do sessions[#sessions + 1] = line end
local i = 0
request = function()
    i = i + 1
    return wrk.format("GET", nil, { ["Cookie"] = "JSESSIONID=" .. sessions[(i % #sessions) + 1] })
end
LUA
dashboard="$base/controlling/dashboard.xhtml?month=$MONTH"
# wrk counts redirects as success: the page must answer 200 itself (a 302 to the login is a lost session)
status=$(curl -s -o "$OUT/dashboard.html" -w '%{http_code}' -b "JSESSIONID=$session" "$dashboard")
[ "$status" = 200 ] && ! grep -q 'loginForm' "$OUT/dashboard.html" || { echo "login for the dashboard failed ($status)" >&2; exit 1; }

run() { # NAME URL [HEADER]
    local name=$1 url=$2 header=${3:-}
    local file="$OUT/wrk-$name.txt"
    if [ "$header" = sessions ]; then
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$OUT/sessions.lua" "$url" > "$file"
    elif [ -n "$header" ]; then
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H "$header" "$url" > "$file"
    else
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "$url" > "$file"
    fi
    local rps p50 p90 timeouts errors
    rps=$(awk '/Requests\/sec/ {print $2}' "$file")
    p50=$(awk '$1 == "50%" {print $2}' "$file")
    p90=$(awk '$1 == "90%" {print $2}' "$file")
    timeouts=$(grep -o 'timeout [0-9]*' "$file" | awk '{print $2}'); timeouts=${timeouts:-0}
    errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$file"); errors=${errors:-0}
    echo "$name $rps $p50 $p90 $timeouts $errors"
}
for warm in 1 2 3; do curl -fs -o /dev/null -H "$basic" "$base/api/controlling/kpis?month=$MONTH"; curl -fs -o /dev/null -b "JSESSIONID=$session" "$dashboard"; done
results=()
results+=("$(run health "$base/health")")
results+=("$(run api-me "$base/api/me" "$basic")")
results+=("$(run api-kpis "$base/api/controlling/kpis?month=$MONTH" "$basic")")
results+=("$(run dashboard "$dashboard" sessions)")
after=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$session" "$dashboard")
[ "$after" = 200 ] || echo "WARNING: the dashboard answered $after after its run: the session was lost, its row counts redirects" >&2
health_rps=$(echo "${results[0]}" | awk '{print $2}')

echo
echo "Maschine: $(nproc) Kerne, $(free -g | awk '/Mem:/ {print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1)"
echo "Methode: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency auf 127.0.0.1, Demo-Daten (H2), Monat $MONTH; Dashboard über $CONNECTIONS angemeldete Sitzungen; ein Lauf"
echo
echo "| what | requests/s | p50 | p90 | time-outs | errors | against /health |"
echo "|---|---|---|---|---|---|---|"
for r in "${results[@]}"; do
    read -r name rps p50 p90 timeouts errors <<< "$r"
    share=$(echo "scale=1; 100 * $rps / $health_rps" | bc)
    echo "| $name | $rps | $p50 | $p90 | $timeouts | $errors | $share % |"
done
echo
echo "| start | to /health/ready | RSS after ready |"
echo "|---|---|---|"
echo "| Payara Micro, empty WAR | ${empty_s} s | ${empty_rss} MiB |"
echo "| Leitstand, new data folder | ${first_s} s ($(echo "scale=2; $first_s / $empty_s" | bc) ×) | ${first_rss} MiB |"
echo "| Leitstand, second start | ${second_s} s ($(echo "scale=2; $second_s / $empty_s" | bc) ×) | ${second_rss} MiB |"
