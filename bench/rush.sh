#!/usr/bin/env bash
# Benchmark of "Enrolment … under a rush": 2,000 nominations of distinct teachers fired within a few
# seconds at a 70-place project, with wrk (Debian) against the running application on MariaDB.
# Prints wrk's latency distribution (p50…p99), the answers by status, the CPU time of the application
# and of MariaDB, and checks in the database that exactly 70 were enrolled. Target: no errors, p99
# under 500 ms on 2 cores. ROUNDS=n repeats the rush on the same server (round 1: just started;
# later rounds: warmed up), the project's enrolments cleared in between.
# CLUSTER=1: two nodes in one data grid behind HAProxy (ops/bin/cluster.sh) instead of one node; the same
# rush is sent through the balancer and then, enrolments cleared, to one node alone, in the same run; at
# the end one node is killed (kill -9) and the time to the next successful request through the balancer
# is measured, for a browser pinned to that node by its cookie.
# Needs: a built tree (mvn -B package -DskipTests), MariaDB as on CI, root for `apt-get install wrk`
# if missing (and haproxy for CLUSTER=1). Usage: [ROUNDS=1] [CLUSTER=1] bash bench/rush.sh [APPLICANTS=2000] [CONNECTIONS=64]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
N=${1:-2000}
CONNECTIONS=${2:-64}
PORT=${PORT:-8092}
command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null

fresh_database

work=$(mktemp -d)
cpfile="$work/cp"
mvn -q -pl ejb dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null
java -cp "ejb/target/classes:$(cat "$cpfile")" bench/MakeTeacherSheet.java "$work/teachers.xlsx" "$N" 2>/dev/null

if [ "${CLUSTER:-0}" = 1 ]; then
  export TTMS_CLUSTER_DIR="$work/cluster" TTMS_BALANCER_PORT=$PORT TTMS_NODE_PORTS="$((PORT + 1)) $((PORT + 2))"
  export TTMS_DATAGRID_PORT=${DATAGRID_PORT:-6950} TTMS_CLUSTER_NAME="ttms-bench-$$"
  export TTMS_JAVA_OPTS="-Xmx1g ${APP_JAVA_OPTS:-}"
  APP_DB_URL="$URL" APP_DB_USER=ttms_bench APP_DB_PASSWORD=ttms_bench APP_DEMO_DATA=true ops/bin/cluster.sh start
  trap 'ops/bin/cluster.sh stop >/dev/null' EXIT
  app=$(cat "$TTMS_CLUSTER_DIR/node1/pid")
  app2=$(cat "$TTMS_CLUSTER_DIR/node2/pid")
  targets="balancer:$PORT node1:$((PORT + 1))"
else
  start_app "$PORT" "$work/app.log"
  targets="node:$PORT"
fi
api() { curl -sf -u "$1:Demo@2026" "${@:2}"; }
H='Content-Type: application/json'

api linxiang -F "file=@$work/teachers.xlsx" "http://localhost:$PORT/api/v1/teachers/import?dryRun=false&validRowsOnly=true" >/dev/null
printf '序号\t申报单位\t项目类别\t项目名称\t培训形式\t培训对象\t培训天数\t\t\t培训人数\t承办单位\n\t\t\t\t\t\t异地\t本地\t合计\t\t\n1\t市教育局\t名师培养\t基准测试(R001)\t本地集中\t全市教师\t\t3\t3\t70\t临沧市教师发展中心\n' >"$work/plan.txt"
api city -F "file=@$work/plan.txt" "http://localhost:$PORT/api/v1/plans/import?dryRun=false&year=2050" >/dev/null
plan=$(mariadb -uroot -N -e "SELECT id FROM $DB.annual_plan WHERE plan_year = 2050")
project=$(api city -H "$H" -d "{\"planId\":$plan,\"name\":\"开放报名抢报基准\",\"level\":\"MUNICIPAL\",\"capacity\":70,\"creditRate\":\"1.2\",\"stages\":[{\"form\":\"LOCAL_CONCENTRATED\",\"daysTotal\":3,\"trainees\":70,\"startDate\":\"2050-05-01\",\"endDate\":\"2050-05-03\"}]}" \
  "http://localhost:$PORT/api/v1/projects" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
step() { api "$1" -H "$H" -d "$2" "http://localhost:$PORT/api/v1/projects/$project/transitions" >/dev/null; }
step city '{"action":"SUBMIT"}'
step cityreviewer '{"action":"APPROVE"}'
step admin '{"action":"PUBLISH","outsideWindow":true,"reason":"benchmark"}'
step city '{"action":"OPEN_ENROLMENT"}'

mariadb -uroot -N -e "SELECT t.id FROM $DB.teacher t JOIN $DB.organisation o ON o.id = t.school_id
  WHERE o.name IN ('临翔区第一完全小学','临沧市第一中学','临翔区博尚镇中心完小') ORDER BY t.id DESC LIMIT $N" >"$work/ids.txt"
echo "applicants: $(wc -l <"$work/ids.txt") distinct teachers; project $project with 70 places; $CONNECTIONS connections"
cat >"$work/rush.lua" <<LUA
-- wrk script: the ids are split between the threads; each thread sends each of its ids once, then
-- stops when all its answers are in (a connection may send one more, reusing an id: a duplicate).
local ids = {}
for line in io.lines("$work/ids.txt") do ids[#ids + 1] = line end
local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("idx", #threads)
end
function init(args)
  nthreads = tonumber(args[1])
  statuses = {}
  sent, answered = 0, 0
  share = math.floor(#ids / nthreads)
end
function request()
  sent = sent + 1
  local i = (idx - 1) * share + math.min(sent, share)
  return wrk.format("POST", "/api/v1/projects/$project/enrolments", nil, '{"teacherId":' .. ids[i] .. '}')
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  answered = answered + 1
  if answered >= share then wrk.thread:stop() end
end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for s, n in pairs(t:get("statuses")) do total[s] = (total[s] or 0) + n end
  end
  for s, n in pairs(total) do io.write(string.format("status %d: %d\n", s, n)) end
end
LUA
auth=$(printf 'city:Demo@2026' | base64)
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system clock ticks of a process
db_pid=$(pgrep -o mariadbd || pgrep -o mysqld)
tick=$(getconf CLK_TCK)
# Round 1 meets a server that has just started (its code not yet compiled by the JIT); later rounds
# meet one that has served a rush before, as a server that has been up since the morning has. Between
# rounds the project's enrolments are cleared and its seats given back, in the database.
cpu_all() { local sum=0 p; for p in "$@"; do sum=$((sum + $(cpu "$p"))); done; echo "$sum"; }
apps="$app ${app2:-}"
round=0
for target in $targets; do
for _ in $(seq 1 "${ROUNDS:-1}"); do
  round=$((round + 1))
  if [ "$round" -gt 1 ]; then
    mariadb -uroot -e "DELETE FROM $DB.enrolment WHERE project_id = $project;
      UPDATE $DB.enrolment_seat SET taken = 0 WHERE project_id = $project"
  fi
  # shellcheck disable=SC2086
  app_cpu=$(cpu_all $apps); db_cpu=$(cpu "$db_pid")
  echo "== round $round: ${target%%:*}"
  wrk -t2 -c"$CONNECTIONS" -d30s --timeout 30s --latency -s "$work/rush.lua" -H "Authorization: Basic $auth" -H "$H" \
    "http://localhost:${target#*:}" -- 2 | grep -v -E '^(Requests/sec|Transfer/sec|  Thread Stats|    Req/Sec)' | tee "$work/wrk.txt"
  # wrk's clock runs on for its fixed 30 s: the rush's own duration is the time until the last answer
  # shellcheck disable=SC2086
  awk -v a="$(cpu_all $apps)" -v a0="$app_cpu" -v d="$(cpu "$db_pid")" -v d0="$db_cpu" -v t="$tick" \
    'BEGIN { printf "CPU during the round: application %.1f s, MariaDB %.1f s\n", (a - a0) / t, (d - d0) / t }'
  echo "enrolled (database): $(mariadb -uroot -N -e "SELECT COUNT(*) FROM $DB.enrolment WHERE project_id = $project AND status = 'ENROLLED'") of 70 places"
  echo "seat counter: $(mariadb -uroot -N -e "SELECT CONCAT(taken, '/', places) FROM $DB.enrolment_seat WHERE project_id = $project AND unit_id = 0")"
done
done

if [ "${CLUSTER:-0}" = 1 ]; then
  # Fail-over: a client pinned to node1 by the balancer's cookie asks every 20 ms; node1 is killed; the time
  # from the kill to the next successful answer through the balancer is the outage that client sees.
  echo "== fail-over"
  curl -s -o /dev/null -b "TTMS_NODE=node1" -u city:Demo@2026 "http://localhost:$PORT/api/v1/me"
  t_kill=$(date +%s%N)
  kill -9 "$app"
  failed=0
  until curl -sf -o /dev/null -m 10 -b "TTMS_NODE=node1" -u city:Demo@2026 "http://localhost:$PORT/api/v1/me"; do
    failed=$((failed + 1)); sleep 0.02
  done
  t_ok=$(date +%s%N)
  echo "kill -9 node1 -> next successful request through the balancer: $(( (t_ok - t_kill) / 1000000 )) ms ($failed failed requests in between)"
fi
