#!/usr/bin/env bash
# National-scale benchmark of controlling (issue #4). Not part of `mvn verify`.
#
#   bench/national.sh            # 405 Jobcenters × 120 months × 16 series × 3 genders
#   JOBCENTERS=40 bench/national.sh   # a smaller run
#
# Needs: PostgreSQL 15 from Debian (`apt-get install postgresql`), run as root; a built project
# (`mvn -DskipTests install`). Creates a fresh database leitstand_bench, starts the application's
# runnable JAR on port 8181 against it, creates a national controlling user, then runs
# NationalBench (controlling/src/test/java/.../bench) which generates the file, times the import
# against PostgreSQL COPY and the national table against one SQL query. Results:
# controlling/target/bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
JOBCENTERS=${JOBCENTERS:-405}
PORT=8181
JAR=web/target/leitstand-microbundle.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests install

version=$(ls /etc/postgresql | sort -n | tail -1)
pg_ctlcluster "$version" main start 2>/dev/null || true
for i in $(seq 1 30); do pg_isready -q -h localhost && break; sleep 1; done
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DROP DATABASE IF EXISTS leitstand_bench;
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'leitstand') THEN
        CREATE ROLE leitstand LOGIN PASSWORD 'leitstand';
    END IF;
END $$;
CREATE DATABASE leitstand_bench OWNER leitstand;
SQL

mkdir -p controlling/target/bench; log=controlling/target/bench/app.log
LEITSTAND_DB_URL=jdbc:postgresql://localhost:5432/leitstand_bench LEITSTAND_DB_USER=leitstand LEITSTAND_DB_PASSWORD=leitstand \
LEITSTAND_DEMO=false LEITSTAND_ADMIN_PASSWORD='Bench-Admin-Passwort-1' LEITSTAND_HTTP_PORT=$PORT \
java -jar "$JAR" --port $PORT > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
    curl -fs "http://localhost:$PORT/health/ready" > /dev/null && break
    kill -0 $app 2>/dev/null || { cat "$log"; exit 1; }
    sleep 1
done
curl -fs -u 'admin:Bench-Admin-Passwort-1' -H 'Content-Type: application/json' -X POST "http://localhost:$PORT/api/users" \
    -d '{"username":"bench-controlling","displayName":"Benchmark (bundesweites Controlling)","roles":["ADMIN","CONTROLLING"],"password":"Bench-Passwort-1"}' > /dev/null

echo "Maschine: $(nproc) Kerne, $(free -g | awk '/Mem:/ {print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1), PostgreSQL $version"
mvn -B -q -o -pl controlling test -Dtest=NationalBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.url="http://localhost:$PORT/" -Dbench.jobcenters="$JOBCENTERS" \
    -Dbench.jdbc=jdbc:postgresql://localhost:5432/leitstand_bench
echo "Ergebnis: controlling/target/bench/results.md"
