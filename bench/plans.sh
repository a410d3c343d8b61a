#!/usr/bin/env bash
# Benchmark of "Projects and annual plans": preview and import of a generated 5,000-row plan (.xlsx,
# Chenzhou layout) through POST /api/v1/plans/import, on MariaDB. Target: under 5 s each.
# Needs: a built tree (mvn -B package -DskipTests) and MariaDB on 127.0.0.1:3306 with root access
# over the local socket (as on CI machines). Usage: bash bench/plans.sh [ROWS=5000] [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-5000}
RUNS=${2:-5}
PORT=${PORT:-8091}
DB=ttms_bench
URL="jdbc:mysql://127.0.0.1:3306/$DB?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true"

mariadb -uroot <<SQL
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'ttms_bench'@'127.0.0.1' IDENTIFIED BY 'ttms_bench';
CREATE USER IF NOT EXISTS 'ttms_bench'@'localhost' IDENTIFIED BY 'ttms_bench';
GRANT ALL PRIVILEGES ON $DB.* TO 'ttms_bench'@'127.0.0.1';
GRANT ALL PRIVILEGES ON $DB.* TO 'ttms_bench'@'localhost';
SQL

cp=$(mktemp)
mvn -q -pl ejb dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null
sheet=$(mktemp --suffix=.xlsx)
java -cp "$(cat "$cp")" bench/MakePlanSheet.java "$ROWS" "$sheet"
echo "plan sheet: $ROWS rows, $(du -k "$sheet" | cut -f1) KiB"

log=$(mktemp)
APP_DB_URL="$URL" APP_DB_USER=ttms_bench APP_DB_PASSWORD=ttms_bench APP_DEMO_DATA=true \
  java -Xmx1g -jar web/target/payara-micro.jar --deploy web/target/ttms.war --contextroot / --port "$PORT" --nocluster >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/health/ready" >/dev/null 2>&1 && break
  sleep 2
done
curl -sf "http://localhost:$PORT/health/ready" >/dev/null || { echo "application did not become ready; log: $log"; exit 1; }

post() { # dryRun year → seconds; fails unless the answer is a 200 naming the plan's projects
  local out code time
  out=$(mktemp)
  read -r code time < <(curl -s -o "$out" -w '%{http_code} %{time_total}\n' -u city:Demo@2026 \
    -F "file=@$sheet;filename=plan.xlsx" "http://localhost:$PORT/api/v1/plans/import?dryRun=$1&year=$2")
  [ "$code" = 200 ] || { echo "HTTP $code: $(head -c 600 "$out")" >&2; exit 1; }
  python3 - "$out" >&2 <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert not r.get("errors"), r.get("errors")[:3]
assert r["projects"] > 0, r
PY
  echo "$time"
}

# one warm-up of each (JIT, pools), not counted
post true 2089 >/dev/null
post false 2088 >/dev/null
previews=(); imports=()
for i in $(seq 1 "$RUNS"); do
  previews+=("$(post true $((2090 + i)))")
  imports+=("$(post false $((2090 + i)))")
done
projects=$(mariadb -uroot -N -e "SELECT COUNT(*) FROM $DB.training_project WHERE project_year = 2091")
echo "projects stored by one import: $projects"
python3 - "${previews[*]}" "${imports[*]}" <<'PY'
import statistics, sys
for label, s in (("preview (dryRun=true)", sys.argv[1]), ("import (dryRun=false)", sys.argv[2])):
    t = sorted(float(x) for x in s.split())
    print(f"| {label} | median {statistics.median(t):.2f} s | min {t[0]:.2f} s | max {t[-1]:.2f} s | runs {len(t)} |")
PY
