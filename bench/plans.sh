#!/usr/bin/env bash
# Benchmark of "Projects and annual plans": preview and import of a generated 5,000-row plan (.xlsx,
# Chenzhou layout) through POST /api/v1/plans/import, on MariaDB. Target: under 5 s each.
# Needs: a built tree (mvn -B package -DskipTests) and MariaDB on 127.0.0.1:3306 with root access
# over the local socket (as on CI machines). Usage: bash bench/plans.sh [ROWS=5000] [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
ROWS=${1:-5000}
RUNS=${2:-5}
PORT=${PORT:-8091}

fresh_database

cp=$(mktemp)
mvn -q -pl ejb dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null
sheet=$(mktemp --suffix=.xlsx)
java -cp "$(cat "$cp")" bench/MakePlanSheet.java "$ROWS" "$sheet"
echo "plan sheet: $ROWS rows, $(du -k "$sheet" | cut -f1) KiB"

start_app "$PORT" "$(mktemp)"

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
