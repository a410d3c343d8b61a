#!/usr/bin/env bash
# Benchmark of issue 19, "Statistics at province scale" (docs/benchmarks.md). One command:
#   a. a MariaDB database $BENCH_DB (default ttms_bench_stats) migrated by starting the application once with
#      no demo data — skipped when the database already holds a province generated at this SCALE (marker
#      table bench_marker);
#   b. bench/GenerateProvince.java: 1 province, 8 cities × 10 counties × schools, 500,000 × SCALE teachers and
#      ≈ 30 recognised results each over the cycle FIRST_YEAR…+4, bulk-loaded (LOAD DATA LOCAL INFILE);
#   c. the application started on it (no demo data; the benchmark's own accounts, password Demo@2026);
#   f. (first, as it fills the standing table) the full reconciliation POST /statistics/compliance/reconciliations,
#      twice: the first fills an empty standing table, the second must report zero differences; then the same for
#      the kept training sums (POST /statistics/training/reconciliations: fix=true builds them, fix=false checks);
#   d. over HTTP, medians of RUNS calls after one warm-up: province compliance with its 8 cities, one county with
#      its schools, one school's teacher list with shortfalls, the training statistics of the province and of a
#      county;
#   e. the same aggregates as bare SQL on the same database in the same run (the mariadb client's own timing of
#      each statement), and the ratio application / bare SQL;
#   g. recognising a batch of 100 results with the incremental update: the province's 认定 (RECOGNISE) beside the
#      reviewer's 审核通过 (APPROVE) of the same batch — see "the baseline of (g)" in docs/benchmarks.md.
# Usage: SCALE=0.01 bash bench/statistics.sh      (SCALE=1 is the issue's province: 500,000 teachers, 15 M results)
# Environment: TRAINING=0 leaves out the training statistics and their kept sums,
#   SCALE (0.01), FIRST_YEAR (2021), RUNS (7), BATCHES (10, for g), PORT (8096), APP_HEAP (2g), FRESH=1
#   (generate anew even if the database holds this scale), SAMPLE (40 teachers whose /teachers/{id}/compliance is
#   compared with their standing row), APP_WAR (another build's WAR), RECONCILE=0 (skip the reconciliations),
#   GENERATE_ONLY=1 (stop after b), POOL (e.g. 4G: SET GLOBAL innodb_buffer_pool_size first; the server's own
#   value is kept otherwise and printed).
# Needs: a built tree (mvn -B package -DskipTests), MariaDB ≥ 10.6 with local_infile, python3, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DB=${BENCH_DB:-ttms_bench_stats}
. bench/common.sh
SCALE=${SCALE:-0.01}
FIRST_YEAR=${FIRST_YEAR:-2021}
RUNS=${RUNS:-7}
BATCHES=${BATCHES:-10}
PORT=${PORT:-8096}
export APP_HEAP=${APP_HEAP:-2g} APP_DEMO_DATA=false
export SCALE FIRST_YEAR

# ---- The standing table h-stats keeps (one row per teacher, cycle and period). Adjust HERE if it differs. ----
ST=compliance_standing     # table
ST_TEACHER=teacher_id      # the teacher
ST_CYCLE=cycle_start       # first year of the cycle
ST_PERIOD=period           # 0 = the whole cycle, otherwise the year
ST_SCHOOL=school_id        # the teacher's school
ST_PATH=school_path        # the school's materialised path, /province/city/county/school/
ST_COMPLIANT=compliant     # boolean
# what the statistics endpoint also breaks the figures down by (the bare SQL does the same GROUP BYs); BREAKDOWNS=0
# leaves them out of the bare SQL
ST_BREAKDOWNS="stage subject designation"
ST_SHORTS="short_total_hours short_county_hours short_school_hours short_total_credits short_ethics short_knowledge
  short_competence short_class_management short_school_based short_self_selected"  # 1 = that requirement row fails
# ---------------------------------------------------------------------------------------------------------------

work=$(mktemp -d)
q() { mariadb -uroot -N "$DB" -e "$1"; }
if [ -n "${POOL:-}" ]; then mariadb -uroot -e "SET GLOBAL innodb_buffer_pool_size = $(numfmt --from=iec "$POOL")"; fi

# a + b: a database holding the generated province at this scale, made once
marker=$(q "SELECT scale FROM bench_marker WHERE name = 'statistics'" 2>/dev/null || true)
if [ "$marker" = "$SCALE" ] && [ "${FRESH:-}" != 1 ]; then
  echo "reusing $DB: $(q "SELECT CONCAT(FORMAT(teachers,0), ' teachers, ', FORMAT(results,0), ' results, generated ',
    generated_at, ' in ', seconds, ' s') FROM bench_marker WHERE name = 'statistics'")"
else
  fresh_database
  start=$(date +%s)
  start_app "$PORT" "$work/migrate.log"
  kill "$app"; wait "$app" 2>/dev/null || true
  echo "database $DB created and migrated by the application in $(( $(date +%s) - start )) s"
  MYSQL_JAR=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | grep -v sources | tail -1)
  java -Xmx3g -cp "ejb/target/classes:$MYSQL_JAR" bench/GenerateProvince.java "$URL&allowLoadLocalInfile=true" \
    ttms_bench ttms_bench "$work/gen"
fi
echo "database size: $(q "SELECT CONCAT(ROUND(SUM(data_length + index_length) / 1048576), ' MB (data ',
  ROUND(SUM(data_length) / 1048576), ' MB, indexes ', ROUND(SUM(index_length) / 1048576), ' MB)')
  FROM information_schema.tables WHERE table_schema = '$DB'")"
[ "${GENERATE_ONLY:-}" = 1 ] && exit 0

# c: the application on the generated province
start_app "$PORT" "$work/app.log"
B="http://localhost:$PORT/api/v1"
YEAR=$((FIRST_YEAR + 4))
PROVINCE=$(q "SELECT id FROM organisation WHERE kind = 'PROVINCE'")
PPATH=$(q "SELECT path FROM organisation WHERE id = $PROVINCE")
COUNTY=$(q "SELECT o.id FROM organisation o JOIN user_account a ON a.organisation_id = o.id WHERE a.username = 'bcounty'")
CPATH=$(q "SELECT path FROM organisation WHERE id = $COUNTY")
SCHOOL=$(q "SELECT school_id FROM teacher WHERE school_path LIKE '$CPATH%' GROUP BY school_id ORDER BY COUNT(*) DESC, school_id LIMIT 1")
SPATH=$(q "SELECT path FROM organisation WHERE id = $SCHOOL")
count() { q "SELECT FORMAT(COUNT(*), 0) FROM teacher WHERE school_path LIKE '$1%'"; }
echo "units: province $PROVINCE ($(count "$PPATH") teachers), county $COUNTY ($(count "$CPATH") teachers),"\
  "school $SCHOOL ($(q "SELECT COUNT(*) FROM teacher WHERE school_id = $SCHOOL") teachers); cycle $FIRST_YEAR, training year $YEAR"
: >"$work/figures.tsv"; : >"$work/failed"
fail() { echo "FAILED $*" >&2; echo "$1" >>"$work/failed"; }
figure() { printf '%s\t%s\t%s\t%s\n' "$@" >>"$work/figures.tsv"; }
median() { python3 -c "import sys,statistics; v=[float(x) for x in sys.stdin.read().split()]; print(f'{statistics.median(v)*1000:.1f}' if v else '-')"; }

# one HTTP figure: the first call is the warm-up (and must not be a 404), then RUNS timed calls; prints the median in ms
http_median() { # label user url
  local code
  code=$(curl -s -o "$work/out.json" -w '%{http_code}' -u "$2:Demo@2026" "$3")
  if [ "$code" != 200 ]; then
    local why="" unit
    unit=$(grep -oE 'unitId=[0-9]+' <<<"$3" | cut -d= -f2)
    if [ "$code" = 404 ] && [ -n "$unit" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$2:Demo@2026" \
        "$B/organisations/$unit")" = 200 ]; then
      why="the endpoint is missing (h-stats / h-training not merged?): unit $unit is in $2's scope, GET /organisations/$unit answers 200;"
    fi
    fail "$1:" "HTTP $code from GET $3 — $why $(head -c 300 "$work/out.json")"; echo -; return 0
  fi
  for _ in $(seq "$RUNS"); do curl -s -o "$work/out.json" -w '%{time_total}\n' -u "$2:Demo@2026" "$3"; done | median
}

# one bare-SQL figure: the statements of $2 run RUNS + 1 times in one mariadb session; each run's time is the sum of
# its statements' times as the client reports them; the first run is the warm-up; prints the median in ms
sql_median() { # label sql
  local n out
  n=$(grep -o ';' <<<"$2" | wc -l)
  if ! out=$(for _ in $(seq 0 "$RUNS"); do echo "$2"; done | mariadb -uroot -vvv "$DB" 2>&1); then
    fail "$1 (bare SQL):" "$(grep -m1 ERROR <<<"$out")"; echo -; return 0
  fi
  grep -oE '\([0-9.]+ sec\)' <<<"$out" | grep -oE '[0-9.]+' | python3 -c "
import sys, statistics
v = [float(x) for x in sys.stdin.read().split()]; n = $n
runs = [sum(v[i:i + n]) for i in range(0, len(v), n)][1:]
print(f'{statistics.median(runs) * 1000:.1f}' if runs else '-')"
}

# does the standing table h-stats keeps exist, with the columns named above?
missing=$(for col in $ST_TEACHER $ST_CYCLE $ST_PERIOD $ST_SCHOOL $ST_PATH $ST_COMPLIANT; do
  [ -n "$(q "SELECT 1 FROM information_schema.columns WHERE table_schema = '$DB' AND table_name = '$ST' AND column_name = '$col'")" ] || echo -n "$col "
done)
if [ -z "$(q "SELECT 1 FROM information_schema.tables WHERE table_schema = '$DB' AND table_name = '$ST'")" ]; then
  fail "standing table:" "no table $ST in $DB (h-stats not merged?) — or adjust the names at the top of bench/statistics.sh"
elif [ -n "$missing" ]; then
  fail "standing table:" "$ST lacks the columns $missing— adjust the names at the top of bench/statistics.sh"
fi

# f: the full reconciliation, twice (the bulk load wrote no standing rows: unless the application built them at its
# first start, the first run fills the table; the second must find zero differences)
reconcile() { # label
  local code s
  s=$(date +%s.%N)
  code=$(curl -s -o "$work/recon.json" -w '%{http_code}' --max-time 3600 -u "${RECON_USER:-badmin}:Demo@2026" \
    -H "$H" -d "{\"cycleStart\":$FIRST_YEAR}" "$B/statistics/compliance/reconciliations")
  local t; t=$(python3 -c "print(f'{($(date +%s.%N) - $s) * 1000:.0f}')")
  if [[ "$code" != 2* ]]; then
    fail "$1:" "HTTP $code from POST $B/statistics/compliance/reconciliations —" \
      "$( [ "$code" = 404 ] || [ "$code" = 405 ] && echo 'endpoint missing (h-stats not merged?);') $(head -c 300 "$work/recon.json")"
    figure "$1" - - "< 10 min"; return 0
  fi
  echo "$1: ${t} ms — $(head -c 400 "$work/recon.json")"
  figure "$1" "$t" - "< 10 min"
}
if [ "${RECONCILE:-1}" = 1 ]; then
  reconcile "full reconciliation (1st)"
  reconcile "full reconciliation (2nd: zero differences)"
fi

# f': the kept training sums (V30): the bulk load marked nothing, so the first reconciliation builds them in full
# (what the nightly run costs: every year recounted and compared); the second, only checking, must find zero
training_reconcile() { # label fix
  local code s t
  s=$(date +%s.%N)
  code=$(curl -s -o "$work/trecon.json" -w '%{http_code}' --max-time 3600 -u "${RECON_USER:-badmin}:Demo@2026" \
    -X POST "$B/statistics/training/reconciliations?fix=$2")
  t=$(python3 -c "print(f'{($(date +%s.%N) - $s) * 1000:.0f}')")
  if [[ "$code" != 2* ]]; then
    fail "$1:" "HTTP $code from POST $B/statistics/training/reconciliations — $(head -c 300 "$work/trecon.json")"
    figure "$1" - - "< 10 min"; return 0
  fi
  echo "$1: ${t} ms — $(head -c 400 "$work/trecon.json")"
  figure "$1" "$t" - "< 10 min"
}
if [ "${TRAINING:-1}" = 1 ]; then
  training_reconcile "training sums: full build (reconciliation, fix)" true
  training_reconcile "training sums: reconciliation (check: zero differences)" false
  echo "kept training rows: $(q "SELECT FORMAT(COUNT(*), 0) FROM training_tally") sums," \
    "$(q "SELECT FORMAT(COUNT(*), 0) FROM training_trained") trained counts"
fi
[ -z "$missing" ] && echo "standing rows: $(q "SELECT FORMAT(COUNT(*), 0) FROM $ST")," \
  "cycle compliant: $(q "SELECT CONCAT(FORMAT(SUM($ST_COMPLIANT), 0), ' of ', FORMAT(COUNT(*), 0)) FROM $ST
    WHERE $ST_CYCLE = $FIRST_YEAR AND $ST_PERIOD = 0")"

# the standing rows agree with the per-teacher compliance of api.md (a sample of SAMPLE teachers, cycle FIRST_YEAR)
if [ -z "$missing" ]; then
  q "SELECT s.$ST_TEACHER, s.$ST_COMPLIANT FROM $ST s WHERE s.$ST_CYCLE = $FIRST_YEAR AND s.$ST_PERIOD = 0
     ORDER BY RAND(19) LIMIT ${SAMPLE:-40}" >"$work/sample.txt"
  python3 - "$B" "$work/sample.txt" <<'PY' || fail "agreement:" "standing rows differ from /teachers/{id}/compliance"
import base64, json, sys, urllib.request
base, rows = sys.argv[1], [l.split() for l in open(sys.argv[2])]
auth = "Basic " + base64.b64encode(b"bprovince:Demo@2026").decode()
cycle = None
bad = []
for teacher, compliant in rows:
    req = urllib.request.Request(f"{base}/teachers/{teacher}/compliance?cycleStart=" + __import__('os').environ["FIRST_YEAR"],
                                 headers={"Authorization": auth})
    d = json.load(urllib.request.urlopen(req))
    if bool(d["compliant"]) != (compliant not in ("0", "false", "FALSE")):
        bad.append(teacher)
print(f"agreement: {len(rows) - len(bad)} of {len(rows)} sampled teachers' standing rows agree with /teachers/{{id}}/compliance"
      + (f"; differ: {' '.join(bad)}" if bad else ""))
sys.exit(1 if bad or not rows else 0)
PY
fi

# d + e: the aggregates over HTTP and as bare SQL
S="$ST_CYCLE = $FIRST_YEAR AND $ST_PERIOD = 0"
sql_children() { # path: one row per child unit of the unit at that path (and the unit's own total, WITH ROLLUP)
  echo "SELECT o.id, o.name, x.teachers, x.compliant FROM (SELECT SUBSTRING_INDEX(SUBSTRING($ST_PATH, LENGTH('$1') + 1), '/', 1)
    AS child, COUNT(*) AS teachers, SUM($ST_COMPLIANT) AS compliant FROM $ST WHERE $ST_PATH LIKE '$1%' AND $S
    GROUP BY child WITH ROLLUP) x LEFT JOIN organisation o ON o.id = x.child;"
}
sql_breakdowns() { # path: the unit's figures by each breakdown column and the sum of each failing row
  [ "${BREAKDOWNS:-1}" = 1 ] || return 0
  local col sums=""
  for col in $ST_BREAKDOWNS; do
    echo "SELECT $col, COUNT(*), SUM($ST_COMPLIANT) FROM $ST WHERE $ST_PATH LIKE '$1%' AND $S GROUP BY $col;"
  done
  for col in $ST_SHORTS; do sums="$sums${sums:+, }SUM($col)"; done
  [ -z "$sums" ] || echo "SELECT $sums FROM $ST WHERE $ST_PATH LIKE '$1%' AND $S;"
}
SQL_PROVINCE="$(sql_children "$PPATH") $(sql_breakdowns "$PPATH")"
SQL_COUNTY="SELECT o.id, o.name, COUNT(*), SUM(s.$ST_COMPLIANT) FROM $ST s JOIN organisation o ON o.id = s.$ST_SCHOOL
  WHERE s.$ST_PATH LIKE '$CPATH%' AND s.$S GROUP BY o.id, o.name WITH ROLLUP; $(sql_breakdowns "$CPATH")"
SQL_SCHOOL="SELECT t.id, t.name, t.id_suffix, s.* FROM $ST s JOIN teacher t ON t.id = s.$ST_TEACHER
  WHERE s.$ST_PATH LIKE '$SPATH%' AND s.$S ORDER BY s.$ST_COMPLIANT, t.name, t.id;"
sql_training() { # path: places planned, enrolled, completed and recognised by level, hours and credits, in YEAR
  # driven by the year's projects (a full scan of training_project), then each project's enrolments through
  # ix_enrolment_roster (project_id, status, unit_path) and its results through ix_training_result_figures (V28),
  # counted as the application counts them (not voided, batch past DRAFT, not failed; recognised credits)
  echo "SELECT level, COUNT(*), SUM(capacity) FROM training_project WHERE owner_path LIKE '$1%' AND project_year = $YEAR
    AND status <> 'CANCELLED' GROUP BY level;
  SELECT p.level, COUNT(*) FROM training_project p JOIN enrolment e ON e.project_id = p.id AND e.status = 'ENROLLED'
    AND e.unit_path LIKE '$1%' WHERE p.project_year = $YEAR GROUP BY p.level;
  SELECT p.level, COUNT(*), SUM(b.status = 'RECOGNISED'), SUM(r.hours), SUM(CASE WHEN b.status = 'RECOGNISED'
    THEN r.credits ELSE 0 END) FROM training_project p JOIN result_batch b ON b.project_id = p.id
    JOIN training_result r ON r.batch_id = b.id AND r.unit_path LIKE '$1%' WHERE p.project_year = $YEAR
    AND r.voided = FALSE AND b.status <> 'DRAFT' AND (r.grade IS NULL OR r.grade <> 'FAIL') GROUP BY p.level;"
}
side_by_side() { # label user url sql target
  local app sql
  app=$(http_median "$1" "$2" "$3")
  if [ -n "$missing" ] && [[ "$4" == *"$ST"* ]]; then sql=-; else sql=$(sql_median "$1" "$4"); fi
  figure "$1" "$app" "$sql" "$5"
}
C="$B/statistics/compliance"
side_by_side "province compliance + its 8 cities" bprovince "$C?unitId=$PROVINCE&cycleStart=$FIRST_YEAR" "$SQL_PROVINCE" "< 2 s"
side_by_side "county compliance + its schools" bcounty "$C?unitId=$COUNTY&cycleStart=$FIRST_YEAR" "$SQL_COUNTY" "< 1 s, ratio ≤ 1.5"
side_by_side "one school's teachers with shortfalls" bcounty "$C/teachers?unitId=$SCHOOL&cycleStart=$FIRST_YEAR&size=500" \
  "$SQL_SCHOOL" "< 300 ms"
side_by_side "province compliance, one year" bprovince "$C?unitId=$PROVINCE&cycleStart=$FIRST_YEAR&year=$YEAR" \
  "$(echo "$SQL_PROVINCE" | sed "s/$ST_PERIOD = 0/$ST_PERIOD = $YEAR/g")" "-"
if [ "${TRAINING:-1}" = 1 ]; then
side_by_side "training statistics, province" bprovince "$B/statistics/training?unitId=$PROVINCE&year=$YEAR" "$(sql_training "$PPATH")" "-"
side_by_side "training statistics, county" bcounty "$B/statistics/training?unitId=$COUNTY&year=$YEAR" "$(sql_training "$CPATH")" "-"
fi
# before issue 19: the per-unit compliance list that exists today (pages of 50 teachers, each recomputed)
figure "before: /organisations/{county}/compliance (page of 50)" \
  "$(http_median "existing county compliance list" bcounty "$B/organisations/$COUNTY/compliance?cycleStart=$FIRST_YEAR&size=50")" - "-"

# g: recognising a batch of 100 results with the incremental update. Each batch is a fresh clone (SQL) of the
# generator's class 统计基准班（第1期）: 100 teachers of the first city enrolled in a MUNICIPAL class of the cycle's
# last year, led by blead. Its 100 results are entered and signed through the API: the lead's 确认, the reviewer's
# 审核通过 (APPROVE: verifies the snapshot and every signature, signs, stores) and the province's 认定 (RECOGNISE:
# the same work, and the batch's results become final — which is when the standing rows of its 100 teachers are
# refreshed). Extra cost of the refresh ≈ 认定 − 审核通过 of the same batch (medians of BATCHES pairs).
TEMPLATE=$(q "SELECT id FROM training_project WHERE name LIKE '%统计基准班（第1期）' ORDER BY id LIMIT 1")
cols() { q "SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position) FROM information_schema.columns
  WHERE table_schema = '$DB' AND table_name = '$1' AND column_name NOT IN ($2)"; }
clone_class() { # prints the id of a new class like TEMPLATE: projects from 900,000,000, enrolments from 950,000,000
  local p c e n
  p=$(q "SELECT GREATEST(COALESCE(MAX(id), 0) + 1, 900000000) FROM training_project WHERE id BETWEEN 900000000 AND 949999999")
  c=$(cols training_project "'id','name','status'")
  q "INSERT INTO training_project (id, name, status, $c) SELECT $p, CONCAT(name, ' 复本 ', $p - 900000000), 'IN_PROGRESS', $c
     FROM training_project WHERE id = $TEMPLATE"
  for t in project_stage project_module project_audience_stage; do
    c=$(cols "$t" "'project_id'")
    q "INSERT INTO $t (project_id, $c) SELECT $p, $c FROM $t WHERE project_id = $TEMPLATE"
  done
  c=$(cols enrolment "'id','project_id'")
  e=$(q "SELECT GREATEST(COALESCE(MAX(id), 0), 950000000) FROM enrolment WHERE id BETWEEN 950000000 AND 999999999")
  q "INSERT INTO enrolment (id, project_id, $c) SELECT $e + ROW_NUMBER() OVER (ORDER BY id), $p, $c FROM enrolment
     WHERE project_id = $TEMPLATE AND status = 'ENROLLED'"
  n=$(q "SELECT COUNT(*) FROM enrolment WHERE project_id = $p")
  [ "$n" = "$(q "SELECT COUNT(*) FROM enrolment WHERE project_id = $TEMPLATE AND status = 'ENROLLED'")" ] || return 1
  echo "$p"
}
t() { curl -s -o "$work/out.json" -w '%{http_code} %{time_total}\n' -u "$1:Demo@2026" "${@:2}"; }
ok() { [[ "$1" == 2* ]] || { fail "$2:" "HTTP ${1%% *} — $(head -c 300 "$work/out.json")"; return 1; }; }
if [ -z "$TEMPLATE" ]; then
  fail "(g):" "no class 统计基准班（第1期） in $DB (generated with CLASSES=0?)"
else
  for who in blead breviewer bprovince; do api "$who" -H "$H" -d '{"pin":"bench-123456"}' "$B/me/signing-certificate" >/dev/null || true; done
  : >"$work/approve.txt"; : >"$work/recognise.txt"
  for k in $(seq "$BATCHES"); do
    project=$(clone_class) || { fail "(g):" "cloning class $TEMPLATE failed"; break; }
    r=$(t blead -H "$H" -d "{\"projectId\":$project}" "$B/result-batches"); ok "$r" "opening the batch of $project" || break
    batch=$(python3 -c "import json; print(json.load(open('$work/out.json'))['id'])")
    python3 -c "import json,random
random.seed($k)
s=json.load(open('$work/out.json'))
json.dump({'rows':[{'resultId':r['resultId'],'version':r['version'],'stageHours':{'1':18},'score':random.randint(60,99)} for r in s['rows']]},open('$work/put.json','w'))"
    r=$(t blead -X PUT -H "$H" --data-binary "@$work/put.json" "$B/result-batches/$batch/results"); ok "$r" "entering the results" || break
    r=$(t blead -H "$H" -d '{"pin":"bench-123456"}' "$B/result-batches/$batch/signatures"); ok "$r" "the lead's 确认" || break
    r=$(t breviewer -H "$H" -d '{"pin":"bench-123456"}' "$B/result-batches/$batch/signatures"); ok "$r" "the reviewer's 审核通过" || break
    echo "${r#* }" >>"$work/approve.txt"
    r=$(t bprovince -H "$H" -d '{"pin":"bench-123456"}' "$B/result-batches/$batch/signatures"); ok "$r" "the province's 认定" || break
    echo "${r#* }" >>"$work/recognise.txt"
  done
  if [ -s "$work/recognise.txt" ]; then
    read -r approve recognise extra <<<"$(python3 -c "
import statistics
a=[float(x) for x in open('$work/approve.txt')]; r=[float(x) for x in open('$work/recognise.txt')]
print(f'{statistics.median(a)*1000:.1f} {statistics.median(r)*1000:.1f} {statistics.median([y-x for x,y in zip(a,r)])*1000:.1f}')")"
    n=$(wc -l <"$work/recognise.txt")
    figure "batch of 100: reviewer's 审核通过 (baseline, median of $n)" "$approve" - "-"
    figure "batch of 100: province's 认定 + refresh (median of $n)" "$recognise" - "-"
    figure "extra cost of the refresh (认定 − 审核通过, median)" "$extra" - "-"
  fi
  [ "${RECONCILE:-1}" = 1 ] && [ -s "$work/recognise.txt" ] && reconcile "reconciliation after the recognitions (zero differences)"
  if [ "${TRAINING:-1}" = 1 ] && [ -s "$work/recognise.txt" ]; then
    # the batches' changes were only marked; the next report recounts them first (one call, not a median)
    r=$(t bprovince "$B/statistics/training?unitId=$PROVINCE&year=$YEAR"); ok "$r" "the first training report after (g)" &&
      figure "training statistics, province, first after (g) (recount of the marks included)" \
        "$(python3 -c "print(f'{${r#* } * 1000:.1f}')")" - "-"
    training_reconcile "training sums after the recognitions (check: zero differences)" false
  fi
fi

echo
echo "Statistics at province scale — SCALE=$SCALE, $(q "SELECT CONCAT(FORMAT(teachers, 0), ' teachers, ', FORMAT(results, 0),
  ' results') FROM bench_marker WHERE name = 'statistics'"), medians of $RUNS after a warm-up (ms)"
python3 - "$work/figures.tsv" <<'PY'
import sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
print(f"{'figure':58} {'application':>12} {'bare SQL':>10} {'ratio':>7}  target")
for label, app, sql, target in rows:
    ratio = f"{float(app) / float(sql):.2f}" if app not in ('-', '') and sql not in ('-', '') and float(sql) > 0 else '-'
    print(f"{label:58} {app:>12} {sql:>10} {ratio:>7}  {target}")
PY
echo "machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), $(free -g | awk '/Mem/ {print $2}') GiB;" \
  "MariaDB $(mariadb -uroot -N -e 'SELECT VERSION()'), innodb_buffer_pool_size $(mariadb -uroot -N -e \
  'SELECT @@innodb_buffer_pool_size DIV 1048576') MB; application heap $APP_HEAP"
[ -s "$work/failed" ] && { echo "$(wc -l <"$work/failed") part(s) FAILED: $(tr '\n' ' ' <"$work/failed")(see above)"; exit 1; }
exit 0
