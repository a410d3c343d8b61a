#!/usr/bin/env bash
# Benchmark of "Results … sign-off": signing and verifying a 1,000-row batch on the running application
# (MariaDB), over HTTP as the users do it. Sets up 1,000 teachers, a 1,000-place project led by the demo
# `lead`, nominates them all, opens the batch and enters 1,000 results; then times
#   - the lead's signature (确认) — snapshot of 1,000 rows (RFC 8785), CMS, storing — 6 samples
#     (signed, returned by the reviewer, signed again: each return opens a new revision);
#   - GET …/verification — recompute the snapshot from the database, check every signature — 5 samples;
#   - the reviewer's countersignature (审核通过, which verifies first) and the province's (认定).
# Target: each under 1 s. Usage: bash bench/results.sh [ROWS=1000]
# Needs: a built tree (mvn -B package -DskipTests) and MariaDB as on CI.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
N=${1:-1000}
PORT=${PORT:-8093}
fresh_database

work=$(mktemp -d)
start_app "$PORT" "$work/app.log"
B="http://localhost:$PORT/api/v1"

project=$(class_with_trainees "$N" 2051 "$work")

t() { curl -s -o "$work/out.json" -w '%{time_total}\n' -u "$1:Demo@2026" "${@:2}"; }
open=$(t lead -H "$H" -d "{\"projectId\":$project}" "$B/result-batches")
batch=$(py "import json; print(json.load(open('$work/out.json'))['id'])") || { cat "$work/out.json"; exit 1; }
rows=$(py "import json; print(len(json.load(open('$work/out.json'))['rows']))")
py "import json,random
random.seed(7)
s=json.load(open('$work/out.json'))
rows=[{'resultId':r['resultId'],'version':r['version'],'stageHours':{'1':18},'score':random.randint(55,99)} for r in s['rows']]
json.dump({'rows':rows},open('$work/put.json','w'))"
save=$(t lead -X PUT -H "$H" --data-binary "@$work/put.json" "$B/result-batches/$batch/results")
for who in lead cityreviewer province; do api "$who" -H "$H" -d '{"pin":"bench-123456"}' "$B/me/signing-certificate" >/dev/null; done
: >"$work/sign.txt"; : >"$work/verify.txt"
for i in 1 2 3 4 5; do
  t lead -H "$H" -d '{"pin":"bench-123456"}' "$B/result-batches/$batch/signatures" >>"$work/sign.txt"
  api cityreviewer -H "$H" -d "{\"reason\":\"基准测试退回 $i\"}" "$B/result-batches/$batch/return" >/dev/null
done
t lead -H "$H" -d '{"pin":"bench-123456"}' "$B/result-batches/$batch/signatures" >>"$work/sign.txt"
for i in 1 2 3 4 5; do t city "$B/result-batches/$batch/verification" >>"$work/verify.txt"; done
status=$(py "import json; print(json.load(open('$work/out.json'))['status'])")
approve=$(t cityreviewer -H "$H" -d '{"pin":"bench-123456"}' "$B/result-batches/$batch/signatures")
recognise=$(t province -H "$H" -d '{"pin":"bench-123456"}' "$B/result-batches/$batch/signatures")
final=$(t city "$B/result-batches/$batch/verification")
final_status=$(py "import json; d=json.load(open('$work/out.json')); print(d['status'], len(d['signatures']), 'signatures')")
med() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] " s (min " a[1] ", max " a[NR] ", n=" NR ")"}'; }
echo "batch $batch: $rows rows"
echo "open batch (creates $rows rows):   $open s"
echo "save $rows results (PUT):          $save s"
echo "lead's signature 确认 (median):     $(med "$work/sign.txt")"
echo "verification (median):              $(med "$work/verify.txt")   last status: $status"
echo "reviewer's 审核通过 (verifies first): $approve s"
echo "province's 认定 (verifies first):    $recognise s"
echo "final verification: $final s -> $final_status"

# Compliance of a unit holding the N trainees (issue "credit policy engine": a county of 5,000 teachers from
# MariaDB, target < 1 s): the trainees sit in schools of 临翔区 and of the city, so the unit measured is 临沧市,
# whose subtree then has N + the 360 demo teachers — run with 5000 for the issue's size. Cycle 2051–2055.
county=$(mariadb -uroot -N -e "SELECT id FROM $DB.organisation WHERE name = '临沧市'")
teachers=$(mariadb -uroot -N -e "SELECT COUNT(*) FROM $DB.teacher t JOIN $DB.organisation o ON o.id = t.school_id
  WHERE o.path LIKE (SELECT CONCAT(path, '%') FROM $DB.organisation WHERE id = $county)")
: >"$work/county.txt"
for i in 1 2 3 4 5; do t city "$B/organisations/$county/compliance?cycleStart=2051&size=50" >>"$work/county.txt"; done
echo "compliance of 临沧市, $teachers teachers (median): $(med "$work/county.txt")   $(py "import json; d=json.load(open('$work/out.json')); print(d['compliant'], 'compliant of', d['teachers'])")"
