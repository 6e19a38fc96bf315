#!/usr/bin/env bash
# Starts one Leitstand node: the runnable JAR, with Payara Micro's Domain Data Grid switched on and
# configured from the LEITSTAND_CLUSTER_* environment when LEITSTAND_CLUSTER=true (see cluster/README.md).
# Any further arguments go to Payara Micro (e.g. --port 8181). The same variables reach the
# application through MicroProfile Config.
#
#   LEITSTAND_CLUSTER=true                     cluster mode (default false: a single node, no data grid)
#   LEITSTAND_CLUSTER_NAME=leitstand           nodes with another name never join
#   LEITSTAND_CLUSTER_MEMBERS=h1:5711,h2:5711  TCP member list (plain hosts)
#   LEITSTAND_CLUSTER_DISCOVERY=dns:leitstand.internal:5711 | kubernetes:<namespace>:<service>
#                                              instead of the member list (Payara's --clustermode)
#   LEITSTAND_CLUSTER_INTERFACE=10.0.0.11      the (private) interface the grid binds to
#   LEITSTAND_CLUSTER_PORT=5711                the grid's port on this node
#   LEITSTAND_NODE_NAME=node1                  this node's name (logs, /health)
#   LEITSTAND_JAR, JAVA_OPTS                   the JAR (default web/target/leitstand-microbundle.jar), JVM options
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar=${LEITSTAND_JAR:-$here/../web/target/leitstand-microbundle.jar}
[ -f "$jar" ] || { echo "leitstand-node: $jar fehlt (mvn -DskipTests install)" >&2; exit 2; }

props=()
if [ "${LEITSTAND_CLUSTER:-false}" = true ]; then
    case "${LEITSTAND_DB_URL:-}" in
        jdbc:postgresql:*) ;;
        *) echo "leitstand-node: Cluster-Modus braucht PostgreSQL (LEITSTAND_DB_URL=jdbc:postgresql://…); die eingebettete H2-Datenbank gehört nur einem Knoten." >&2
           exit 2 ;;
    esac
    discovery=${LEITSTAND_CLUSTER_DISCOVERY:-}
    if [ -z "$discovery" ]; then
        [ -n "${LEITSTAND_CLUSTER_MEMBERS:-}" ] || { echo "leitstand-node: LEITSTAND_CLUSTER_MEMBERS oder LEITSTAND_CLUSTER_DISCOVERY setzen" >&2; exit 2; }
        discovery="tcpip:${LEITSTAND_CLUSTER_MEMBERS}"
    fi
    props+=(-Dpayaramicro.noCluster=false -Dpayaramicro.noHazelcast=false -Dleitstand.session.replication=true
            "-Dpayaramicro.clusterName=${LEITSTAND_CLUSTER_NAME:-leitstand}"
            "-Dpayaramicro.clusterMode=$discovery")
    [ -z "${LEITSTAND_CLUSTER_INTERFACE:-}" ] || props+=("-Dpayaramicro.interfaces=$LEITSTAND_CLUSTER_INTERFACE")
    [ -z "${LEITSTAND_CLUSTER_PORT:-}" ] || props+=("-Dpayaramicro.startPort=$LEITSTAND_CLUSTER_PORT")
    # several nodes on one host (local runs, tests) must still back up each other's sessions
    [ "${LEITSTAND_CLUSTER_HOST_AWARE:-true}" = true ] || props+=(-Dpayaramicro.hostAware=false)
else
    props+=(-Dpayaramicro.noCluster=true)
fi
[ -z "${LEITSTAND_NODE_NAME:-}" ] || props+=("-Dpayaramicro.name=$LEITSTAND_NODE_NAME")
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} "${props[@]}" -jar "$jar" "$@"
