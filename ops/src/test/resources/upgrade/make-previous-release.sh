#!/usr/bin/env bash
# Regenerates the fixture of UpgradeIT: a database made and used by the PREVIOUS release, and what that
# release said about it (README.md beside this file).
#
#   ops/src/test/resources/upgrade/make-previous-release.sh
#
# 1. checks out the previous release (PREVIOUS_RELEASE, default 58d9709) with `git worktree add` into a
#    temporary directory and builds its WAR there with Maven (on a shared build machine run this script
#    under the build lock: `flock /tmp/ttms-mvn.lock …/make-previous-release.sh`);
# 2. runs that WAR on Payara Micro, with its own command line (that release has no ops/bin/node.sh), on a
#    fresh MariaDB database with the demo data;
# 3. changes one signed row straight in the database (that release must find its batch TAMPERED), then records
#    the baseline from that release's REST API and from SQL into previous-release-baseline.json;
# 4. stops the node and dumps the database into previous-release.sql.gz;
# 5. removes the worktree, the temporary directory and the database.
#
# Nothing in the baseline is written by hand: every figure is what the old release answered.
#
# Needs: git, mvn, java 17, curl, jq, gzip, the MariaDB client (mariadb, mariadb-dump) and a MariaDB on
# DB_HOST:DB_PORT where DB_USER may create and drop the database DB_NAME.
#   PREVIOUS_RELEASE  the commit of the previous release (default 58d9709)
#   PORT              HTTP port of the old node (default 9400)
#   DB_HOST, DB_PORT  default 127.0.0.1, 3306
#   DB_USER, DB_PASSWORD  default ttms_test / ttms_test
#   DB_NAME           default ttms_ops_previous_release (dropped and created; dropped again at the end)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel)
release=${PREVIOUS_RELEASE:-58d9709}
port=${PORT:-9400}
db_host=${DB_HOST:-127.0.0.1}
db_port=${DB_PORT:-3306}
db_user=${DB_USER:-ttms_test}
db_password=${DB_PASSWORD:-ttms_test}
db_name=${DB_NAME:-ttms_ops_previous_release}
password=Demo@2026
base=http://127.0.0.1:$port

for tool in git mvn java curl jq gzip mariadb mariadb-dump; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/ttms-previous-release.XXXXXX")
src=$work/src
node_pid=
cleanup() {
  set +e
  if [ -n "$node_pid" ] && kill -0 "$node_pid" 2>/dev/null; then
    kill "$node_pid"
    wait "$node_pid" 2>/dev/null
  fi
  sql "DROP DATABASE IF EXISTS \`$db_name\`" >/dev/null 2>&1
  git -C "$root" worktree remove --force "$src" >/dev/null 2>&1
  git -C "$root" worktree prune
  rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "failed at line $LINENO: $BASH_COMMAND" >&2' ERR

# The client reads the password from the environment, never from the command line.
export MYSQL_PWD=$db_password
sql() { mariadb -h "$db_host" -P "$db_port" -u "$db_user" --batch --skip-column-names -e "$1" ${2:+"$2"}; }
db() { sql "SET time_zone = '+00:00'; SET SESSION group_concat_max_len = 1073741824; $1" "$db_name"; }
say() { echo "[previous-release] $*" >&2; }

say "checking out $release into $src"
git -C "$root" worktree add --detach "$src" "$release" >/dev/null
commit=$(git -C "$src" rev-parse HEAD)

say "building its WAR (mvn package)"
(cd "$src" && mvn -B -q package -DskipTests -Dspotless.check.skip=true -pl web -am)

say "fresh database $db_name"
sql "DROP DATABASE IF EXISTS \`$db_name\`; CREATE DATABASE \`$db_name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

say "starting the old release on port $port (log: $work/node.log)"
(
  cd "$src"
  export APP_DB_URL="jdbc:mysql://$db_host:$db_port/$db_name?useSSL=false&allowPublicKeyRetrieval=true"
  export APP_DB_USER=$db_user APP_DB_PASSWORD=$db_password APP_DEMO_DATA=true APP_DATA_DIR=$work/data
  unset MYSQL_PWD
  exec java -Xmx768m -jar web/target/payara-micro.jar --deploy web/target/ttms.war --contextroot / \
    --port "$port" --nocluster \
    --prebootcommandfile config/src/main/resources/payara/micro/pre-boot-commands.asadmin
) >"$work/node.log" 2>&1 &
node_pid=$!

# Ready: Payara Micro has deployed the application (its "ready in" line comes after the deployment, so
# after the migrations and the demo data) and readiness is UP.
for _ in $(seq 1 600); do
  kill -0 "$node_pid" 2>/dev/null || { tail -60 "$work/node.log" >&2; echo "the old node stopped" >&2; exit 1; }
  if grep -qs "ready in" "$work/node.log" \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ]; then
    break
  fi
  sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ] \
  || { tail -60 "$work/node.log" >&2; echo "the old node is not ready" >&2; exit 1; }
say "ready"

# GET/POST as a demo account; fails on anything but 200.
api() {
  local user=$1 path=$2 body=${3:-} out status
  out=$(mktemp)
  if [ -n "$body" ]; then
    status=$(curl -s -o "$out" -w '%{http_code}' -u "$user:$password" -H 'Accept-Language: zh-CN' \
      -H 'Content-Type: application/json' -d "$body" "$base$path")
  else
    status=$(curl -s -o "$out" -w '%{http_code}' -u "$user:$password" -H 'Accept-Language: zh-CN' "$base$path")
  fi
  if [ "$status" != 200 ]; then
    echo "$user $path → $status: $(cat "$out")" >&2
    rm -f "$out"
    return 1
  fi
  cat "$out"
  rm -f "$out"
}

# What an upgrade must keep: signed batches, enrolments, accounts with passwords. The demo data of this
# release has them all; stop here if a different release does not.
signed=$(db "SELECT COUNT(*) FROM result_batch WHERE status IN ('SIGNED','REVIEWED','RECOGNISED')")
enrolments=$(db "SELECT COUNT(*) FROM enrolment")
accounts=$(db "SELECT COUNT(*) FROM user_account WHERE password_hash IS NOT NULL")
say "signed batches $signed, enrolments $enrolments, accounts with a password $accounts"
if [ "$signed" -eq 0 ] || [ "$enrolments" -eq 0 ] || [ "$accounts" -eq 0 ]; then
  echo "the demo data lacks signed batches, enrolments or accounts: sign a batch through the API here" >&2
  exit 1
fi
api teacher /api/v1/me >/dev/null

say "recording the baseline"
out=$work/baseline.json
parts=$work/parts
mkdir -p "$parts"

# A row changed behind the application's back in one signed batch: the old release finds it TAMPERED, voids the
# row's credits and writes the teacher's integrity record, all of which the upgrade must keep as they are.
tampered=$(db "SELECT MIN(id) FROM result_batch WHERE status = 'SIGNED'")
db "UPDATE training_result SET score = score - 1
    WHERE id = (SELECT id FROM (SELECT MIN(id) AS id FROM training_result
                                WHERE batch_id = $tampered AND score > 0) x)"
say "changed a row of batch $tampered in the database"

# Every result batch: what verification says (the province officer sees every unit).
for id in $(db "SELECT id FROM result_batch ORDER BY id"); do
  api province "/api/v1/result-batches/$id/verification" \
    | jq -c --argjson id "$id" '{id: $id, verification: .}' >>"$parts/batches.jsonl"
done

# A handful of teachers with results: the demo accounts' own teachers and the first trainee of each batch;
# their archive and their compliance in the cycles their results fall in.
teacher_ids=$(db "SELECT DISTINCT t FROM (
    SELECT a.teacher_id AS t FROM user_account a WHERE a.username IN ('teacher','teacher2') AND a.teacher_id IS NOT NULL
    UNION SELECT MIN(r.teacher_id) FROM training_result r GROUP BY r.batch_id
    UNION SELECT i.teacher_id FROM integrity_record i) x ORDER BY t")
years=$(db "SELECT DISTINCT result_year FROM training_result ORDER BY result_year")
# The cycles those years fall in: the current cycle (what compliance answers without cycleStart) gives the
# first year and the length of the policy's cycles.
api province "/api/v1/teachers/$(head -1 <<<"$teacher_ids")/compliance" >"$parts/current.json"
first=$(jq '.cycle.firstYear' "$parts/current.json")
length=$(jq '.cycle.lastYear - .cycle.firstYear + 1' "$parts/current.json")
cycles=$(for y in $years; do
  echo $((first + length * ((y - first) >= 0 ? (y - first) / length : -((first - y + length - 1) / length))))
done | sort -u)
say "result years $(echo $years), cycles starting $(echo $cycles)"
for id in $teacher_ids; do
  api province "/api/v1/teachers/$id/archive" >"$parts/archive.json"
  : >"$parts/compliance.jsonl"
  for cycle in $cycles; do
    api province "/api/v1/teachers/$id/compliance?cycleStart=$cycle" \
      | jq -c --argjson y "$cycle" '{cycleStart: $y, compliance: .}' >>"$parts/compliance.jsonl"
  done
  jq -n -c --argjson id "$id" --slurpfile a "$parts/archive.json" --slurpfile c "$parts/compliance.jsonl" \
    '{id: $id, archive: $a[0], compliance: $c}' >>"$parts/teachers.jsonl"
done

# The compliance figures a bureau sees for its unit, per year (the city's: every teacher of the demo).
for id in $(db "SELECT organisation_id FROM user_account WHERE username = 'city'"); do
  for year in $years; do
    cycle=$(for c in $cycles; do if [ "$c" -le "$year" ]; then echo "$c"; fi; done | tail -1)
    api province "/api/v1/organisations/$id/compliance?cycleStart=$cycle&year=$year" \
      | jq -c --argjson id "$id" --argjson y "$year" --argjson s "$cycle" \
          '{id: $id, cycleStart: $s, year: $y, compliance: .}' >>"$parts/units.jsonl"
  done
done

# The credit calculation of a few inputs, as callers whose units may have their own policy versions.
while IFS='|' read -r user body; do
  api "$user" /api/v1/credits/calculate "$body" \
    | jq -c --arg u "$user" --argjson q "$body" '{user: $u, request: $q, response: .}' >>"$parts/credits.jsonl"
done <<'INPUTS'
city|{"level":"COUNTY","form":"LOCAL_CONCENTRATED","hours":18,"creditRate":1.2,"score":85}
city|{"level":"MUNICIPAL","form":"OFFSITE_CONCENTRATED","hours":42,"creditRate":1.5,"score":93.5,"date":"2026-06-01"}
linxiang|{"level":"SCHOOL","form":"ONLINE","hours":30,"creditRate":0.8,"score":60}
fengqing|{"level":"PROVINCIAL","form":"SHADOWING","hours":60,"creditRate":1.8,"score":75,"date":"2025-03-01"}
fengqing|{"level":"COUNTY","form":"LOCAL_CONCENTRATED","hours":12,"creditRate":1.0,"score":45}
city|{"kind":"LECTURING","level":"MUNICIPAL","teachingHours":6}
INPUTS

say "stopping the old node"
kill "$node_pid"
wait "$node_pid" || true
node_pid=

# Row counts of every table, and digests of the tables whose content an upgrade must keep bit for bit
# (results, their snapshots and signatures, certificates, accounts with their password hashes…), over every
# column the old schema has; the test runs the same SQL.
for t in $(db "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()
               AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' ORDER BY table_name"); do
  jq -n -c --arg t "$t" --argjson n "$(db "SELECT COUNT(*) FROM \`$t\`")" '{($t): $n}' >>"$parts/counts.jsonl"
done
for t in organisation user_account user_role teacher enrolment credit_policy training_project result_batch \
         training_result result_stage_hours result_module result_snapshot result_signature signer_certificate \
         signing_authority integrity_record; do
  key=$(db "SELECT GROUP_CONCAT(CONCAT('\`', column_name, '\`') ORDER BY ordinal_position)
            FROM information_schema.key_column_usage
            WHERE table_schema = DATABASE() AND table_name = '$t' AND constraint_name = 'PRIMARY'")
  cols=$(db "SELECT GROUP_CONCAT(CONCAT('COALESCE(HEX(\`', column_name, '\`), ''-'')') ORDER BY ordinal_position)
             FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = '$t'")
  query="SELECT COALESCE(SHA2(GROUP_CONCAT(CONCAT_WS('|', $cols) ORDER BY $key SEPARATOR ';'), 256), '') FROM \`$t\`"
  jq -n -c --arg t "$t" --arg q "$query" --arg d "$(db "$query")" '{table: $t, sql: $q, sha256: $d}' \
    >>"$parts/digests.jsonl"
done
db "SELECT CONCAT_WS('|', version, description, COALESCE(checksum, 'null'), success)
    FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank" \
  | jq -R -s 'split("\n") | map(select(length > 0) | split("|")
      | {version: .[0], description: .[1], checksum: (if .[2] == "null" then null else (.[2] | tonumber) end),
         success: (.[3] == "1")})' >"$parts/history.json"
schema=$(db "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL
             ORDER BY installed_rank DESC LIMIT 1")

jq -n --arg release "$commit" --arg schema "$schema" --arg made "$(date -u +%FT%TZ)" \
  --slurpfile history "$parts/history.json" --slurpfile counts "$parts/counts.jsonl" \
  --slurpfile digests "$parts/digests.jsonl" --slurpfile batches "$parts/batches.jsonl" \
  --slurpfile teachers "$parts/teachers.jsonl" --slurpfile units "$parts/units.jsonl" \
  --slurpfile credits "$parts/credits.jsonl" \
  '{release: $release, madeAt: $made, schemaVersion: $schema, demoPassword: "Demo@2026",
    signIn: {username: "teacher", status: 200}, tamperedBatch: '"$tampered"',
    schemaHistory: $history[0], rowCounts: ($counts | add), digests: $digests,
    batches: $batches, teachers: $teachers, units: $units, credits: $credits}
   # one line per entry of each list: small enough to keep, and a regenerated baseline diffs by entry
   | to_entries
   | map("  " + (.key | tojson) + ": "
         + if (.value | type) == "array"
           then "[\n" + (.value | map("    " + tojson) | join(",\n")) + "\n  ]"
           else (.value | tojson) end)
   | "{\n" + join(",\n") + "\n}"' -r >"$out"

say "dumping the database"
mariadb-dump -h "$db_host" -P "$db_port" -u "$db_user" --single-transaction --skip-dump-date --skip-comments \
  --no-tablespaces --hex-blob --tz-utc "$db_name" | gzip -n -9 >"$work/previous-release.sql.gz"

size=$(wc -c <"$work/previous-release.sql.gz")
if [ "$size" -gt 3000000 ]; then
  echo "the dump is $size bytes gzipped: keep the fixture under 3 MB (less demo data, or leave a table out)" >&2
  exit 1
fi
cp "$out" "$here/previous-release-baseline.json"
cp "$work/previous-release.sql.gz" "$here/previous-release.sql.gz"
say "wrote $here/previous-release-baseline.json ($(wc -c <"$here/previous-release-baseline.json") bytes)" \
  "and previous-release.sql.gz ($(wc -c <"$here/previous-release.sql.gz") bytes) from $commit, schema $schema;" \
  "$(jq '.batches | length' "$out") batches, $(jq '.teachers | length' "$out") teachers"
