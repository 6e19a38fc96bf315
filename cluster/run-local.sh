#!/usr/bin/env bash
# A two-node Leitstand on this machine: Debian's PostgreSQL (database leitstand_cluster), node 1 on
# 8181 and node 2 on 8182 (demo mode, Payara's data grid on 127.0.0.1:5711/5712), Debian's HAProxy
# on 8180 in front. Run as root (installs haproxy when missing, starts PostgreSQL).
#
#   cluster/run-local.sh up        fresh database, both nodes and the load balancer; returns when all are ready
#   cluster/run-local.sh down      stops nodes and load balancer (the database stays)
#   cluster/run-local.sh kill N    ends node N with SIGKILL
#   cluster/run-local.sh start N   starts node N again and waits until it is ready
#   cluster/run-local.sh status    what runs
#
# Logs and pids: $LEITSTAND_CLUSTER_STATE (default /tmp/leitstand-cluster). JAVA_OPTS default -Xmx768m.
set -euo pipefail
cd "$(dirname "$0")/.."
export LEITSTAND_CLUSTER_STATE=${LEITSTAND_CLUSTER_STATE:-/tmp/leitstand-cluster}
export LEITSTAND_LB_BIND=${LEITSTAND_LB_BIND:-127.0.0.1:8180}
STATE=$LEITSTAND_CLUSTER_STATE
DB=${LEITSTAND_CLUSTER_DB:-leitstand_cluster}
LB=http://127.0.0.1:8180
READY_TIMEOUT=${READY_TIMEOUT:-300}
mkdir -p "$STATE"

log() { echo "cluster: $*"; }
port() { echo $((8180 + $1)); }
pidfile() { echo "$STATE/node$1.pid"; }
running() { [ -f "$(pidfile "$1")" ] && kill -0 "$(cat "$(pidfile "$1")")" 2>/dev/null; }

database() {
    local version
    version=$(ls /etc/postgresql | sort -n | tail -1)
    pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
    for _ in $(seq 1 30); do pg_isready -q -h localhost && break; sleep 1; done
    su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DROP DATABASE IF EXISTS $DB WITH (FORCE);
DO \$\$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'leitstand') THEN
        CREATE ROLE leitstand LOGIN PASSWORD 'leitstand';
    END IF;
END \$\$;
CREATE DATABASE $DB OWNER leitstand;
SQL
    log "PostgreSQL $version: Datenbank $DB neu angelegt"
}

haproxy_installed() {
    command -v haproxy >/dev/null && return
    log "installiere haproxy (Debian)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
    # Debian starts its own instance on install where systemd runs; ours uses cluster/haproxy.cfg
    command -v systemctl >/dev/null && systemctl disable --now haproxy >/dev/null 2>&1 || true
}

start_node() {
    local n=$1
    if running "$n"; then log "Knoten $n läuft schon"; return; fi
    # a fresh runtime folder: one kept from the last run lists the application in its domain.xml,
    # and Payara Micro would deploy it twice (the second deployment restarts the application)
    rm -rf "$STATE/node$n-root"
    LEITSTAND_CLUSTER=true \
    LEITSTAND_CLUSTER_NAME=leitstand-local \
    LEITSTAND_CLUSTER_MEMBERS=127.0.0.1:5711,127.0.0.1:5712 \
    LEITSTAND_CLUSTER_INTERFACE=127.0.0.1 \
    LEITSTAND_CLUSTER_PORT=$((5710 + n)) \
    LEITSTAND_CLUSTER_HOST_AWARE=false \
    LEITSTAND_NODE_NAME=node$n \
    LEITSTAND_DB_URL="jdbc:postgresql://localhost:5432/$DB" \
    LEITSTAND_DB_USER=leitstand LEITSTAND_DB_PASSWORD=leitstand \
    LEITSTAND_DEMO=true \
    LEITSTAND_HTTP_PORT="$(port "$n")" \
    JAVA_OPTS=${JAVA_OPTS:--Xmx768m} \
    setsid cluster/leitstand-node.sh --port "$(port "$n")" --rootdir "$STATE/node$n-root" \
        >> "$STATE/node$n.log" 2>&1 < /dev/null &
    echo $! > "$(pidfile "$n")"
    log "Knoten $n startet (Port $(port "$n"), pid $!, Log $STATE/node$n.log)"
}

wait_ready() {
    local n=$1 start=$SECONDS
    until curl -fs -o /dev/null "http://127.0.0.1:$(port "$n")/health/ready"; do
        running "$n" || { tail -40 "$STATE/node$n.log"; log "Knoten $n ist beendet"; return 1; }
        [ $((SECONDS - start)) -lt "$READY_TIMEOUT" ] || { log "Knoten $n nicht bereit nach $READY_TIMEOUT s"; return 1; }
        sleep 0.5
    done
    log "Knoten $n bereit nach $((SECONDS - start)) s"
}

# waits until every running node sees all running nodes in the data grid
wait_members() {
    local expected=0 n start=$SECONDS
    for n in 1 2; do running "$n" && expected=$((expected + 1)); done
    for n in 1 2; do
        running "$n" || continue
        until curl -fs "http://127.0.0.1:$(port "$n")/health/live" | grep -E "\"members\":\"?$expected\"?[,}]" | grep -q "\"backupsComplete\":\"\?true"; do
            [ $((SECONDS - start)) -lt 60 ] || { log "Knoten $n sieht nicht $expected Mitglieder"; return 1; }
            sleep 0.5
        done
    done
    log "$expected Knoten im Datengrid"
}

start_lb() {
    if [ -f "$STATE/haproxy.pid" ] && kill -0 "$(cat "$STATE/haproxy.pid")" 2>/dev/null; then return; fi
    haproxy -c -q -f cluster/haproxy.cfg
    haproxy -D -f cluster/haproxy.cfg
    until curl -fs -o /dev/null "$LB/health/live"; do sleep 0.5; done
    log "Load Balancer bereit: $LB/"
}

stop_node() {
    local n=$1 signal=${2:-TERM}
    running "$n" || { rm -f "$(pidfile "$n")"; return 0; }
    local pid; pid=$(cat "$(pidfile "$n")")
    kill -"$signal" "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    rm -f "$(pidfile "$n")"
    log "Knoten $n beendet ($signal)"
}

case "${1:-}" in
    up)
        [ -f web/target/leitstand-microbundle.jar ] || { log "web/target/leitstand-microbundle.jar fehlt: mvn -DskipTests install"; exit 2; }
        for n in 1 2; do stop_node "$n"; rm -rf "$STATE/node$n-root" "$STATE/node$n.log"; done
        database
        haproxy_installed
        start_node 1
        start_node 2
        wait_ready 1
        wait_ready 2
        wait_members
        start_lb
        ;;
    down)
        stop_node 1; stop_node 2
        if [ -f "$STATE/haproxy.pid" ]; then kill "$(cat "$STATE/haproxy.pid")" 2>/dev/null || true; rm -f "$STATE/haproxy.pid"; fi
        log "gestoppt"
        ;;
    kill)
        stop_node "${2:?Knoten 1 oder 2}" KILL
        ;;
    start)
        start_node "${2:?Knoten 1 oder 2}"
        wait_ready "$2"
        wait_members
        ;;
    status)
        for n in 1 2; do
            if running "$n"; then echo "node$n: $(curl -s "http://127.0.0.1:$(port "$n")/health" || echo 'antwortet nicht')"; else echo "node$n: aus"; fi
        done
        ;;
    *)
        sed -n '2,13p' "$0"; exit 2 ;;
esac
