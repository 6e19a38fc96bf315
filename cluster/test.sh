#!/usr/bin/env bash
# The cluster test (issue 16), through cluster/run-local.sh: two nodes start together on an empty
# PostgreSQL database and migrate it once; a staff member logs in through the load balancer; a change
# written on node 1 is read on node 2 at once; node 1 is killed and the session goes on (same login,
# same Faces view state); node 1 comes back; node 2 is killed and the session goes on again.
# Waits for states, never for fixed times. Run as root from the project root after
# `mvn -DskipTests install`; ends with `run-local.sh down` unless KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN=cluster/run-local.sh
STATE=${LEITSTAND_CLUSTER_STATE:-/tmp/leitstand-cluster}
LB=http://127.0.0.1:8180
jar=$(mktemp); page=$(mktemp)
start=$SECONDS
trap 'rm -f "$jar" "$page"; [ "${KEEP:-0}" = 1 ] || $RUN down >/dev/null 2>&1 || true' EXIT
fail() {
    echo "CLUSTER-TEST FEHLGESCHLAGEN: $*" >&2
    grep -o '<title>[^<]*' "$page" >&2 || true
    $RUN status >&2 || true
    exit 1
}
ok() { echo "ok  $*"; }
viewstate() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$page" | head -1 | sed 's/.*value="//; s/"$//'; }
# the page's CSP nonce: PrimeFaces' script adds it to every form a browser posts (a post without it is not processed)
nonce() { grep -o 'nonce="[^"]*"' "$page" | head -1 | sed 's/nonce="//; s/"$//'; }
served_by() { awk '$6 == "LEITSTAND_NODE" {print $7}' "$jar"; }

# 1. two nodes on an empty database: migrations ran once
$RUN up
executed=$(cat "$STATE"/node1.log "$STATE"/node2.log | grep -o 'Schema kernel: [0-9]* Migration' | grep -vc 'kernel: 0 ' || true)
[ "$executed" = 1 ] || fail "Schema kernel wurde $executed-mal migriert"
waited=$(grep -lc 'warte auf dessen Start-Sperre' "$STATE"/node1.log "$STATE"/node2.log | wc -l)
ok "leere Datenbank: Migrationen einmal ausgeführt (ein Knoten wartete: $waited)"
admins=$(su postgres -c "psql -tA leitstand_cluster -c \"SELECT count(*) FROM kernel_user WHERE username = 'ee-gf'\"" 2>/dev/null || echo '?')
[ "$admins" = 1 ] || [ "$admins" = '?' ] || fail "Demo-Benutzer $admins-mal angelegt"

# 2. log in through the load balancer, pinned to node 1 (HAProxy's sticky cookie)
printf '127.0.0.1\tFALSE\t/\tFALSE\t0\tLEITSTAND_NODE\tnode1\n' > "$jar"
curl -fs -c "$jar" -b "$jar" -o "$page" "$LB/login.xhtml"
code=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' \
    --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=ee-gf" \
    --data-urlencode "loginForm:password=demo" --data-urlencode "loginForm:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$(viewstate)" --data-urlencode "primefaces.nonce=$(nonce)" "$LB/login.xhtml")
[ "$code" = 302 ] || fail "Anmeldung: HTTP $code"
logged_in() {   # the start page, logged in (not the login form), view state kept in $page
    local code; code=$(curl -s -c "$jar" -b "$jar" -o "$page" -w '%{http_code}' "$LB/index.xhtml")
    [ "$code" = 200 ] && grep -q 'accountForm:logout' "$page" && ! grep -q 'loginForm:password' "$page"
}
logged_in || fail "nach der Anmeldung nicht angemeldet"
[ "$(served_by)" = node1 ] || fail "Sitzung nicht auf Knoten 1 ($(served_by))"
ok "angemeldet über den Load Balancer, Sitzung auf node1"

# 3. write on node 1, read on node 2 at once (node 2 has read the record before: no stale cache)
api() { curl -fs -u ee-gf:demo -H 'Content-Type: application/json' "$@"; }
before=$(api http://127.0.0.1:8182/api/jobcenters/03504)
version=$(echo "$before" | grep -o '"version":[0-9]*' | head -1 | cut -d: -f2)
phone="03531 $RANDOM"
api -X PUT "http://127.0.0.1:8181/api/jobcenters/03504/profile" \
    -d "{\"managingDirector\":\"Cluster-Test\",\"phone\":\"$phone\",\"version\":$version}" > /dev/null
api http://127.0.0.1:8182/api/jobcenters/03504 | grep -q "\"phone\":\"$phone\"" || fail "Knoten 2 liest die Änderung von Knoten 1 nicht"
ok "auf node1 geschrieben, auf node2 sofort gelesen"

# 4. node 1 dies: the session goes on on node 2, with the view state node 1 rendered
curl -fs -c "$jar" -b "$jar" -o "$page" "$LB/index.xhtml"; state=$(viewstate); pagenonce=$(nonce)
$RUN kill 1
logged_in || fail "nach dem Ende von node1 nicht mehr angemeldet"
[ "$(served_by)" = node2 ] || fail "nicht auf node2 umgeleitet ($(served_by))"
ok "node1 beendet (SIGKILL): Sitzung läuft auf node2 weiter"

# 5. node 1 comes back (waits until the grid has its backups again); node 2 dies
$RUN start 1
curl -fs -c "$jar" -b "$jar" -o "$page" "$LB/index.xhtml"; state=$(viewstate); pagenonce=$(nonce)
[ -n "$state" ] || fail "keine Faces-Ansicht"
$RUN kill 2
logged_in || fail "nach dem Ende von node2 nicht mehr angemeldet"
[ "$(served_by)" = node1 ] || fail "nicht auf node1 umgeleitet ($(served_by))"
ok "node1 wieder gestartet, node2 beendet: Sitzung läuft auf node1 weiter"

# 6. a Faces postback with the view state node 2 rendered, answered by node 1: the logout
code=$(curl -s -c "$jar" -b "$jar" -o "$page" -w '%{http_code} %{redirect_url}' \
    --data-urlencode "accountForm=accountForm" --data-urlencode "accountForm:logout=" \
    --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$pagenonce" "$LB/index.xhtml")
case "$code" in
    302*login*|302*/) ;;
    *) fail "Abmelden mit der Ansicht von node2 auf node1: $code $(grep -o '<title>[^<]*' "$page")" ;;
esac
ok "Faces-Ansicht von node2 auf node1 weiterverwendet (Abmelden: $code)"
echo "CLUSTER-TEST BESTANDEN in $((SECONDS - start)) s"
