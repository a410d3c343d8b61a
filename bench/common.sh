# Shared by the benchmark scripts (sourced): a fresh MariaDB database `ttms_bench` with its own user,
# and the built application started on it with demo data, waited for until ready and stopped on exit.
DB=${BENCH_DB:-ttms_bench}  # BENCH_DB: another name when several benchmarks share the server
URL="jdbc:mysql://127.0.0.1:3306/$DB?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true"

fresh_database() {
  mariadb -uroot <<SQL
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'ttms_bench'@'127.0.0.1' IDENTIFIED BY 'ttms_bench';
CREATE USER IF NOT EXISTS 'ttms_bench'@'localhost' IDENTIFIED BY 'ttms_bench';
GRANT ALL PRIVILEGES ON $DB.* TO 'ttms_bench'@'127.0.0.1';
GRANT ALL PRIVILEGES ON $DB.* TO 'ttms_bench'@'localhost';
SQL
}

# start_app PORT LOG: runs web/target/ttms.war on Payara Micro against $DB until the script exits.
start_app() {
  APP_DB_URL="$URL" APP_DB_USER=ttms_bench APP_DB_PASSWORD=ttms_bench APP_DEMO_DATA=${APP_DEMO_DATA:-true} \
    java -Xmx${APP_HEAP:-1g} ${APP_JAVA_OPTS:-} -jar web/target/payara-micro.jar --deploy "${APP_WAR:-web/target/ttms.war}" --contextroot / --port "$1" --nocluster \
    --prebootcommandfile config/src/main/resources/payara/micro/pre-boot-commands.asadmin \
    --logproperties config/src/main/resources/payara/micro/logging.properties \
    ${APP_MICRO_OPTS:-} \
    >"$2" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$1/health/ready" >/dev/null 2>&1 && return 0
    sleep 2
  done
  echo "application did not become ready; log: $2"
  exit 1
}

api() { curl -sf -u "$1:Demo@2026" "${@:2}"; }
H='Content-Type: application/json'
py() { python3 -c "$1"; }

# class_with_trainees N YEAR WORKDIR: (after start_app, with $B the API base) imports N new teachers, makes a
# MUNICIPAL class of N places led by the demo `lead` in a 临沧市 plan of YEAR, nominates them all and
# starts the class; prints the project id.
class_with_trainees() {
  local n=$1 year=$2 work=$3 cpfile="$3/cp" plan lead host project
  mvn -q -pl ejb dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null
  java -cp "ejb/target/classes:$(cat "$cpfile")" bench/MakeTeacherSheet.java "$work/teachers.xlsx" "$n" >/dev/null 2>&1
  api linxiang -F "file=@$work/teachers.xlsx" "$B/teachers/import?dryRun=false&validRowsOnly=true" >/dev/null
  printf '序号\t申报单位\t项目类别\t项目名称\t培训形式\t培训对象\t培训天数\t\t\t培训人数\t承办单位\n\t\t\t\t\t\t异地\t本地\t合计\t\t\n1\t市教育局\t名师培养\t基准测试(S001)\t本地集中\t全市教师\t\t3\t3\t%s\t临沧市教师发展中心\n' "$n" >"$work/plan.txt"
  api city -F "file=@$work/plan.txt" "$B/plans/import?dryRun=false&year=$year" >/dev/null
  plan=$(mariadb -uroot -N -e "SELECT id FROM $DB.annual_plan WHERE plan_year = $year")
  lead=$(mariadb -uroot -N -e "SELECT id FROM $DB.user_account WHERE username = 'lead'")
  host=$(mariadb -uroot -N -e "SELECT id FROM $DB.organisation WHERE name = '临沧市教师发展中心'")
  project=$(api city -H "$H" -d "{\"planId\":$plan,\"name\":\"成绩签名基准\",\"level\":\"MUNICIPAL\",\"capacity\":$n,\"creditRate\":\"1.2\",\"leadId\":$lead,\"hostId\":$host,\"modules\":[{\"module\":\"ETHICS\",\"hours\":6},{\"module\":\"COMPETENCE\",\"hours\":12}],\"stages\":[{\"form\":\"LOCAL_CONCENTRATED\",\"daysTotal\":3,\"trainees\":$n,\"startDate\":\"$year-05-01\",\"endDate\":\"$year-05-03\"}]}" \
    "$B/projects" | py 'import json,sys; print(json.load(sys.stdin)["id"])')
  for step in city:SUBMIT cityreviewer:APPROVE admin:PUBLISH city:OPEN_ENROLMENT; do
    api "${step%%:*}" -H "$H" -d "{\"action\":\"${step#*:}\",\"outsideWindow\":true,\"reason\":\"benchmark\"}" \
      "$B/projects/$project/transitions" >/dev/null
  done
  mariadb -uroot -N -e "SELECT t.id FROM $DB.teacher t JOIN $DB.organisation o ON o.id = t.school_id
    WHERE o.name IN ('临翔区第一完全小学','临沧市第一中学','临翔区博尚镇中心完小') ORDER BY t.id DESC LIMIT $n" >"$work/ids.txt"
  xargs -P 4 -I{} curl -sf -o /dev/null -u city:Demo@2026 -H "$H" -d '{"teacherId":{}}' \
    "$B/projects/$project/enrolments" <"$work/ids.txt" || true
  api city -H "$H" -d '{"action":"START"}' "$B/projects/$project/transitions" >/dev/null
  echo "$project"
}
