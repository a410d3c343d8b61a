#!/usr/bin/env bash
# Benchmarks of "Organisations, people…": the teacher registry with 500,000 teachers on MariaDB, and
# the import of 10,000 teacher rows.
# Measures the first page, a name filter and a school filter: over HTTP (curl, as a client sees it)
# and at the service call (MicroProfile Metrics timers on TeacherRegistry). Prints medians and p95.
# Needs: a built tree (mvn -B package -DskipTests), MariaDB on 127.0.0.1:3306 with root access over
# the local socket (as on CI machines). Usage: bash bench/people.sh [N=500000] [REQUESTS=50]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
N=${1:-500000}
REQUESTS=${2:-50}
PORT=${PORT:-8090}
MYSQL_JAR=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | grep -v sources | tail -1)

fresh_database

start_app "$PORT" "$(mktemp)"

java -cp "ejb/target/classes:$MYSQL_JAR" bench/SeedTeachers.java "$URL" ttms_bench ttms_bench "$N"
mariadb -uroot -e "ANALYZE TABLE $DB.teacher" >/dev/null

school=$(mariadb -uroot -N -e "SELECT id FROM $DB.organisation WHERE name='凤庆县第一中学'")
name=$(python3 -c "import urllib.parse; print(urllib.parse.quote('王'))")

svc() { # the service-call timer's running sum (s) and count
  curl -s "http://localhost:$PORT/metrics?scope=application" | python3 -c "
import sys, re
v = {}
for line in sys.stdin:
    m = re.match(r'teacherRegistry_search_seconds_(sum|count)\{[^}]*\} ([0-9.eE+-]+)', line)
    if m:
        v[m.group(1)] = float(m.group(2))
print(v.get('sum', 0.0), v.get('count', 0.0))"
}

measure() { # label, user, path
  local label=$1 user=$2 path=$3 times=()
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -u "$user:Demo@2026" "http://localhost:$PORT$path"; done
  local before after
  before=$(svc)
  for _ in $(seq 1 "$REQUESTS"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -u "$user:Demo@2026" "http://localhost:$PORT$path")")
  done
  after=$(svc)
  printf '%s\n' "${times[@]}" | python3 -c "
import sys, statistics
t = sorted(float(x) * 1000 for x in sys.stdin)
p95 = t[max(0, int(round(0.95 * len(t))) - 1)]
print(f'| $label | HTTP | {statistics.median(t):.0f} ms | {p95:.0f} ms |')
b, a = '$before'.split(), '$after'.split()
n = float(a[1]) - float(b[1])
if n > 0:
    print(f'| $label | service call, mean of {n:.0f} | {(float(a[0]) - float(b[0])) / n * 1000:.0f} ms | |')"
}

total=$(curl -s -u province:Demo@2026 "http://localhost:$PORT/api/v1/teachers?size=1" | python3 -c "import json,sys; print(json.load(sys.stdin)['total'])")
echo "teachers in the database: $total"
echo "| scenario | where | median | p95 |"
echo "| --- | --- | --- | --- |"
measure "first page, whole province ($total teachers in scope)" province "/api/v1/teachers?size=50"
measure "name filter (王…), whole province" province "/api/v1/teachers?size=50&q=$name"
measure "school filter (凤庆县第一中学), whole province" province "/api/v1/teachers?size=50&schoolId=$school"
measure "first page, one county (临翔区)" linxiang "/api/v1/teachers?size=50"
curl -s "http://localhost:$PORT/metrics?scope=application" | python3 -c "
import sys, re
vals = {}
for line in sys.stdin:
    m = re.match(r'(teacherRegistry_(search|list|count)_seconds)\{.*quantile=\"(0\.5|0\.95)\".*\} ([0-9.eE+-]+)', line)
    if m:
        v = float(m.group(4))
        # Payara reports these quantiles in nanoseconds although the name says seconds
        vals[(m.group(2), m.group(3))] = v / 1e6 if v > 1e3 else v * 1000
for op in ('search', 'list', 'count'):
    if vals.get((op, '0.5'), 0) > 0:
        print(f'| all scenarios: TeacherRegistry.{op} | service call | {vals[(op, \"0.5\")]:.0f} ms | {vals[(op, \"0.95\")]:.0f} ms |')
"

# Import of 10,000 teacher rows (.xlsx): preview (dry run), then the import itself.
CP="ejb/target/classes:$(ls web/target/ttms/WEB-INF/lib/*.jar | tr '\n' ':')"
sheet=$(mktemp --suffix=.xlsx)
java -cp "$CP" bench/MakeTeacherSheet.java "$sheet" 10000
for mode in "dryRun=true" "dryRun=false"; do
  t=$(curl -s -o /tmp/ttms-import-result.json -w '%{time_total}' -u linxiang:Demo@2026 \
      -F "file=@$sheet;filename=teachers.xlsx" "http://localhost:$PORT/api/v1/teachers/import?$mode")
  printf '| import of 10,000 rows (%s) | HTTP | %.1f s | %s |\n' "$mode" "$t" "$(head -c 60 /tmp/ttms-import-result.json)"
done
