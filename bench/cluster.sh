#!/usr/bin/env bash
# Cluster benchmark (issue 16): the KPI API and the dashboard through the load balancer with two
# nodes and with one, and the pause a user sees when a node dies under load. Not part of `mvn verify`.
#
#   bench/cluster.sh                      # 50 connections, 20 s per target
#   CONNECTIONS=20 DURATION=10s bench/cluster.sh
#
# Needs: root (cluster/run-local.sh starts PostgreSQL and HAProxy), a built project, wrk, curl.
# Starts the local cluster with `cluster/run-local.sh up` (fresh database, demo data), stops it at the end.
# Raw wrk output: web/target/bench-cluster/.
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${CONNECTIONS:-50}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
MONTH=${MONTH:-2020-06}
RUN=cluster/run-local.sh
LB=http://127.0.0.1:8180
OUT=web/target/bench-cluster
mkdir -p "$OUT"
trap '$RUN down >/dev/null 2>&1 || true' EXIT

$RUN up > "$OUT/up.log"
basic="Authorization: Basic $(printf 'ee-controlling:demo' | base64)"
kpis="$LB/api/controlling/kpis?month=$MONTH"

login() { # logs in through the LB; prints the Cookie header (session + sticky node)
    local jar="$OUT/cookies.txt" state nonce page
    rm -f "$jar"
    page=$(curl -fs -c "$jar" -b "$jar" "$LB/login.xhtml")
    state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    nonce=$(printf '%s' "$page" | grep -o 'nonce="[^"]*"' | head -1 | sed 's/nonce="//; s/"$//')   # as a browser sends it
    curl -fs -o /dev/null -c "$jar" -b "$jar" "$LB/login.xhtml" \
        --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=ee-controlling" \
        --data-urlencode "loginForm:password=demo" --data-urlencode "loginForm:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce"
    awk 'NF == 7 && $6 != "" {printf "%s=%s; ", $6, $7}' "$jar"
}

run() { # NAME URL HEADER|--script FILE → "name rps p50 p99 max errors"
    local name=$1 url=$2 file="$OUT/wrk-$1.txt"; shift 2
    if [ "$1" = --script ]; then
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$2" "$url" > "$file"
    else
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H "$1" "$url" > "$file"
    fi
    local errors socket redirects
    errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$file"); errors=${errors:-0}
    redirects=$(awk '/^Redirects:/ {print $2}' "$file"); errors=$((errors + ${redirects:-0}))  # a lost session: to the login
    socket=$(grep -o 'Socket errors:.*' "$file" | grep -o '[0-9]\+' | paste -sd+ | bc 2>/dev/null || echo 0)
    echo "$name $(awk '/Requests\/sec/ {print $2}' "$file") $(awk '$1 == "50%" {print $2}' "$file") $(awk '$1 == "99%" {print $2}' "$file") $(awk '/Latency/ {print $4; exit}' "$file") $((errors + ${socket:-0}))"
}

# a session is pinned to one node: with two nodes the dashboard is measured with two sessions, one per
# node (HAProxy deals them out round robin), alternating per request (bench/two-sessions.lua)
cookie1=$(login); cookie2=$(login)
export COOKIE1=$cookie1 COOKIE2=$cookie2
dashboard="$LB/controlling/dashboard.xhtml?month=$MONTH"
for _ in 1 2 3; do curl -fs -o /dev/null -H "$basic" "$kpis"; curl -fs -o /dev/null -H "Cookie: $cookie1" "$dashboard"; curl -fs -o /dev/null -H "Cookie: $cookie2" "$dashboard"; done

results=()
results+=("$(run two-nodes-kpis "$kpis" "$basic")")
results+=("$(run two-nodes-dashboard "$dashboard" --script bench/two-sessions.lua)")
$RUN kill 2 > /dev/null
cookie1=$(login)
for _ in 1 2 3; do curl -fs -o /dev/null -H "$basic" "$kpis"; done
results+=("$(run one-node-kpis "$kpis" "$basic")")
results+=("$(run one-node-dashboard "$dashboard" "Cookie: $cookie1")")

# failover under load: wrk on the KPI API for 30 s, node 1 killed after 10 s; a probe with one
# connection records each request's time and status
$RUN start 2 > /dev/null
cookie1=$(login)
( wrk -t"$THREADS" -c"$CONNECTIONS" -d30s --timeout 10s --latency -H "$basic" "$kpis" > "$OUT/wrk-failover.txt" ) &
load=$!
probe="$OUT/failover-probe.txt"; : > "$probe"
( end=$((SECONDS + 30)); while [ $SECONDS -lt $end ]; do
      curl -s -o /dev/null -H "Cookie: $cookie1" -w "%{http_code} %{time_total} %{redirect_url}\n" --max-time 15 "$dashboard" >> "$probe" || true
  done ) &
prober=$!
sleep 10
$RUN kill 1 > /dev/null
wait $load $prober || true
fail_errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$OUT/wrk-failover.txt"); fail_errors=${fail_errors:-0}
fail_max=$(awk '/Latency/ {print $4; exit}' "$OUT/wrk-failover.txt")
probe_max=$(awk '{ if ($2 > m) m = $2 } END { printf "%.2f", m }' "$probe")
probe_bad=$(awk '$1 != 200' "$probe" | wc -l)
probe_n=$(wc -l < "$probe")

echo
echo "Maschine: $(nproc) Kerne, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), PostgreSQL, HAProxy $(haproxy -v | head -1 | awk '{print $3}'), alles auf einem Rechner"
echo "Methode: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency über den Load Balancer (127.0.0.1:8180), Demo-Daten, Monat $MONTH; ein Lauf"
echo
echo "| what | requests/s | p50 | p99 | max | errors |"
echo "|---|---|---|---|---|---|"
for r in "${results[@]}"; do read -r n rps p50 p99 max err <<< "$r"; echo "| $n | $rps | $p50 | $p99 | $max | $err |"; done
echo
echo "Failover unter Last (KPI-API, $CONNECTIONS Verbindungen, node1 nach 10 s per SIGKILL beendet):"
echo "wrk: Fehler $fail_errors, längste Antwort $fail_max; Sitzung (Dashboard, eine Verbindung): $probe_n Anfragen, $probe_bad nicht 200 ($(awk '$1 != 200 {print $1}' "$probe" | sort | uniq -c | tr -s ' ' | paste -sd,)), längste ${probe_max} s"
