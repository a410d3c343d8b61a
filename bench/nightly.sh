#!/usr/bin/env bash
# Benchmark of the nightly verification: 2,000 signed batches of 100 rows on MariaDB, verified by
# POST /api/v1/result-batches/verification-runs (what the 02:30 timer runs). Set-up: one class of
# 100 trainees with its results entered through the API; then its project, stages, modules, batch and
# 100 result rows cloned 1,999 times in SQL (MariaDB's seq_1_to_N), and every batch signed by the
# lead through the API (so each one holds a real snapshot and CMS signature). Then three timed runs.
# Target: under 2 minutes per run. Usage: bash bench/nightly.sh [BATCHES=2000] [ROWS=100]
# Needs: a built tree (mvn -B package -DskipTests) and MariaDB as on CI.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
BATCHES=${1:-2000}
ROWS=${2:-100}
PORT=${PORT:-8094}
fresh_database
work=$(mktemp -d)
start_app "$PORT" "$work/app.log"
B="http://localhost:$PORT/api/v1"
q() { mariadb -uroot -N "$DB" -e "$1"; }
cols() { q "SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position) FROM information_schema.columns
  WHERE table_schema = '$DB' AND table_name = '$1' AND column_name NOT IN (${2})"; }

project=$(class_with_trainees "$ROWS" 2052 "$work")
api lead -H "$H" -d "{\"projectId\":$project}" "$B/result-batches" >"$work/batch.json"
py "import json,random
random.seed(7)
s=json.load(open('$work/batch.json'))
json.dump({'rows':[{'resultId':r['resultId'],'version':r['version'],'stageHours':{'1':18},'score':random.randint(55,99)} for r in s['rows']]},open('$work/put.json','w'))"
batch=$(py "import json; print(json.load(open('$work/batch.json'))['id'])")
api lead -X PUT -H "$H" --data-binary "@$work/put.json" "$B/result-batches/$batch/results" >/dev/null
api lead -H "$H" -d '{"pin":"bench-123456"}' "$B/me/signing-certificate" >/dev/null

# Clones: project k gets id P+k, its batch B+k, its rows R+k*1000+(row offset); new ids far above the generator's.
n=$((BATCHES - 1))
P=100000000; BB=200000000; R=300000000
minrow=$(q "SELECT MIN(id) FROM training_result WHERE batch_id = $batch")
c=$(cols training_project "'id'")
q "INSERT INTO training_project (id,$c) SELECT $P + s.seq, $c FROM training_project, seq_1_to_$n s WHERE id = $project"
for t in project_stage project_module project_audience_stage project_quota project_course; do
  c=$(cols "$t" "'project_id'")
  [ -n "$c" ] && q "INSERT INTO $t (project_id,$c) SELECT $P + s.seq, $c FROM $t, seq_1_to_$n s WHERE project_id = $project"
done
c=$(cols result_batch "'id','project_id'")
q "INSERT INTO result_batch (id,project_id,$c) SELECT $BB + s.seq, $P + s.seq, $c FROM result_batch, seq_1_to_$n s WHERE id = $batch"
c=$(cols training_result "'id','batch_id','project_id','enrolment_id'")
q "INSERT INTO training_result (id,batch_id,project_id,enrolment_id,$c) SELECT $R + s.seq * 1000 + (r.id - $minrow), $BB + s.seq,
   $P + s.seq, NULL, $c FROM training_result r, seq_1_to_$n s WHERE r.batch_id = $batch"
for t in result_stage_hours result_module; do
  c=$(cols "$t" "'result_id'")
  xc=$(echo "$c" | sed 's/\([^,]*\)/x.\1/g')
  q "INSERT INTO $t (result_id,$c) SELECT $R + s.seq * 1000 + (x.result_id - $minrow), $xc FROM $t x
     JOIN training_result r ON r.id = x.result_id, seq_1_to_$n s WHERE r.batch_id = $batch"
done
echo "seeded: $(q "SELECT COUNT(*) FROM result_batch") batches, $(q "SELECT COUNT(*) FROM training_result") result rows"

start=$(date +%s)
{ echo "$batch"; q "SELECT id FROM result_batch WHERE id > $BB ORDER BY id"; } |
  xargs -P 2 -I{} curl -sf -o /dev/null -u lead:Demo@2026 -H "$H" -d '{"pin":"bench-123456"}' "$B/result-batches/{}/signatures"
echo "signed: $(q "SELECT COUNT(*) FROM result_batch WHERE status = 'SIGNED'") batches in $(( $(date +%s) - start )) s"

for i in 1 2 3; do
  curl -sf -u admin:Demo@2026 -X POST -w '  (HTTP %{time_total} s)\n' "$B/result-batches/verification-runs"
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; MariaDB $(mariadb -V | awk '{print $5}')"
