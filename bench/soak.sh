#!/usr/bin/env bash
# Soak (issue 16): 10 minutes at 50 connections through the load balancer of the local two-node cluster
# on a mix of dashboard (40 %), KPI API (40 %) and exports (CSV, XLSX; 20 %); the heap after GC of
# each node sampled every 30 s (jcmd GC.run + GC.heap_info) must stay flat; then PostgreSQL is stopped
# for 30 s under the same load: requests must get 503 with Retry-After at once and the nodes recover.
#
#   bench/soak.sh                     # 10 min, 50 connections
#   SOAK=2m CONNECTIONS=20 bench/soak.sh
#
# Needs root, a built project, wrk, jcmd (JDK). Results: web/target/bench-soak/.
set -euo pipefail
cd "$(dirname "$0")/.."
SOAK=${SOAK:-10m}
CONNECTIONS=${CONNECTIONS:-50}
export MONTH=${MONTH:-2020-06}
RUN=cluster/run-local.sh
STATE=${LEITSTAND_CLUSTER_STATE:-/tmp/leitstand-cluster}
LB=http://127.0.0.1:8180
OUT=web/target/bench-soak
mkdir -p "$OUT"
trap '$RUN down >/dev/null 2>&1 || true' EXIT
$RUN up > "$OUT/up.log"
export AUTH="Basic $(printf 'ee-controlling:demo' | base64)"
login() {
    local jar="$OUT/cookies.txt" state nonce page
    rm -f "$jar"
    page=$(curl -fs -c "$jar" -b "$jar" "$LB/login.xhtml")
    state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    nonce=$(printf '%s' "$page" | grep -o 'nonce="[^"]*"' | head -1 | sed 's/nonce="//; s/"$//')   # as a browser sends it
    curl -fs -o /dev/null -c "$jar" -b "$jar" "$LB/login.xhtml" --data-urlencode "loginForm=loginForm" \
        --data-urlencode "loginForm:username=ee-controlling" --data-urlencode "loginForm:password=demo" \
        --data-urlencode "loginForm:submit=" --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce"
    # every cookie: JSESSIONID, JSESSIONIDVERSION (without it a replicated session is not found and every
    # dashboard request ends as a redirect to the login) and the load balancer's LEITSTAND_NODE
    awk 'NF == 7 && $6 != "" {printf "%s=%s; ", $6, $7}' "$jar"
}
# fifty staff: one logged-in session per connection, dealt out to the nodes by the load balancer (fifty
# requests at once in two sessions would measure Faces' per-session bookkeeping and its replication, not users)
export SESSIONS="$OUT/sessions.txt"; : > "$SESSIONS"
for _ in $(seq 1 "$CONNECTIONS"); do login >> "$SESSIONS"; echo >> "$SESSIONS"; done
COOKIE1=$(head -1 "$SESSIONS")

heap() { # node → used heap after a full GC, MiB
    local pid; pid=$(cat "$STATE/node$1.pid")
    jcmd "$pid" GC.run > /dev/null
    jcmd "$pid" GC.heap_info | awk '/garbage-first heap|total/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "%.0f", v / 1024; exit } }'
}

echo "t node1-MiB node2-MiB" > "$OUT/heap.txt"
wrk -t2 -c"$CONNECTIONS" -d"$SOAK" --timeout 10s --latency -s bench/soak-mix.lua "$LB" > "$OUT/wrk-soak.txt" &
load=$!
t=0
while kill -0 $load 2>/dev/null; do
    echo "$t $(heap 1) $(heap 2)" >> "$OUT/heap.txt"
    sleep 30; t=$((t + 30))
done
wait $load || true

# database outage under load
version=$(ls /etc/postgresql | sort -n | tail -1)
wrk -t2 -c"$CONNECTIONS" -d75s --timeout 15s --latency -s bench/soak-mix.lua "$LB" > "$OUT/wrk-outage.txt" &
load=$!
probe="$OUT/outage-probe.txt"; : > "$probe"
( end=$((SECONDS + 75)); while [ $SECONDS -lt $end ]; do
      curl -s -o /dev/null -H "Authorization: $AUTH" -w "%{http_code} %{time_total} $(date +%s) %header{retry-after} %{content_type}\n" --max-time 20 "$LB/api/controlling/kpis?month=$MONTH" >> "$probe" || true
      sleep 0.2
  done ) &
prober=$!
sleep 15
pg_ctlcluster "$version" main stop -m fast; stopped=$(date +%s)
sleep 10
ui=$(curl -s -H "Cookie: $COOKIE1" -o "$OUT/outage-page.html" -w "%{http_code} %{time_total} %header{retry-after}" "$LB/controlling/dashboard.xhtml?month=$MONTH")
sleep 20
pg_ctlcluster "$version" main start; started=$(date +%s)
wait $load $prober || true

echo
echo "Soak: $SOAK, $CONNECTIONS Verbindungen, Mischung Dashboard/KPI-API/Exporte über den Load Balancer"
grep -E "Requests/sec|Non-2xx|Socket errors|Latency|Redirects" "$OUT/wrk-soak.txt"
echo "Heap nach GC (MiB), alle 30 s:"; column -t "$OUT/heap.txt"
echo
echo "Datenbank-Ausfall (PostgreSQL 30 s gestoppt, unter Last):"
awk -v s="$stopped" -v e="$started" '$3 >= s && $3 < e { n++; if ($1 == 503) c503++; else other++; if ($2 > m) m = $2 }
    END { printf "während des Ausfalls: %d Anfragen, %d × 503, %d andere, längste %.3f s\n", n, c503, other, m }' "$probe"
awk '$1 == 503 { print "503 mit Retry-After " $4 " und " $5; exit }' "$probe"
awk -v e="$started" '$3 >= e && $1 == 200 { print "erste 200 nach dem Neustart: " $3 - e " s"; exit }' "$probe"
echo "Oberfläche während des Ausfalls: HTTP ${ui% *} s, Retry-After ${ui##* }, Titel: $(grep -o '<h1>[^<]*' "$OUT/outage-page.html" | sed 's/<h1>//')"
awk -v e="$started" '$3 >= e + 10 && $1 != 200 { bad++ } END { print "nicht 200 ab 10 s nach dem Neustart: " bad + 0 }' "$probe"
