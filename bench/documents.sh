#!/usr/bin/env bash
# Benchmark of issue 18: signed documents and their public verification, on MariaDB over HTTP.
#   1. the transcript of every demo teacher (360), as the province officer: first issue (lay out, seal,
#      store) and a second round (the same content: the stored document handed out again);
#   2. the completion certificates of a class of N (default 1,000) recognised trainees, in one zip;
#   3. GET /api/v1/verifications/{code} at 50 concurrent clients, 5,000 lookups, median and p95,
#      beside the same lookup as bare SQL (the mariadb client, one query per lookup, one connection).
# Targets: under 50 ms per document; verification median under 20 ms.
# Usage: bash bench/documents.sh [CLASS=1000]   Needs: a built tree (mvn -B package -DskipTests), MariaDB.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
N=${1:-1000}
PORT=${PORT:-8095}
fresh_database
work=$(mktemp -d)
APP_VERIFY_PER_MINUTE=100000000 start_app "$PORT" "$work/app.log"
B="http://localhost:$PORT/api/v1"
q() { mariadb -uroot -N "$DB" -e "$1"; }

# 1. transcripts of the demo teachers (the cycle containing today)
q "SELECT id FROM teacher ORDER BY id" >"$work/teachers.txt"
count=$(wc -l <"$work/teachers.txt")
# per document: the request's own time as curl measures it (connection, sign-in, issue, transfer), summed;
# the wall time of the loop would add this script's own process starts
round() {
  : >"$work/times.txt"
  while read -r id; do
    curl -sf -o /dev/null -D "$work/h.txt" -w '%{time_total}\n' -u province:Demo@2026 "$B/teachers/$id/$1" >>"$work/times.txt" || echo "failed: $id" >&2
  done <"$work/teachers.txt"
  py "t=[float(x) for x in open('$work/times.txt')]; t.sort(); print(f'{sum(t)*1000/len(t):.1f} ms mean, {t[len(t)//2]*1000:.1f} ms median')"
}
archive=$(round archive)
first=$(round transcript)
second=$(round transcript)
bytes=$(curl -sf -u province:Demo@2026 "$B/teachers/$(head -1 "$work/teachers.txt")/transcript" | wc -c)
echo "transcripts: $count demo teachers, one at a time"
echo "  the archive as JSON (the peer: same reads, no PDF): $archive"
echo "  transcript, first issue (lay out, sign, store):     $first"
echo "  transcript again (same content, stored):            $second"
echo "  size of one transcript:              $bytes bytes"

# 2. certificates of a recognised class of N
project=$(class_with_trainees "$N" 2063 "$work")
batch=$(api lead -H "$H" -d "{\"projectId\":$project}" "$B/result-batches" | tee "$work/batch.json" | py 'import json,sys; print(json.load(sys.stdin)["id"])')
py "import json,random
random.seed(7)
s=json.load(open('$work/batch.json'))
json.dump({'rows':[{'resultId':r['resultId'],'version':r['version'],'stageHours':{'1':18},'score':random.randint(60,99)} for r in s['rows']]},open('$work/put.json','w'))"
api lead -X PUT -H "$H" --data-binary "@$work/put.json" "$B/result-batches/$batch/results" >/dev/null
for who in lead cityreviewer province; do
  api "$who" -H "$H" -d '{"pin":"bench-123456"}' "$B/me/signing-certificate" >/dev/null
  api "$who" -H "$H" -d '{"pin":"bench-123456"}' "$B/result-batches/$batch/signatures" >/dev/null
done
t1=$(curl -sf -o "$work/class.zip" -w '%{time_total}' -u city:Demo@2026 "$B/projects/$project/certificates")
pdfs=$(python3 -c "import zipfile; print(sum(1 for n in zipfile.ZipFile('$work/class.zip').namelist() if n.endswith('.pdf')))")
t2=$(curl -sf -o /dev/null -w '%{time_total}' -u city:Demo@2026 "$B/projects/$project/certificates")
echo "certificates of a class of $N: $pdfs PDFs in one zip"
echo "  first issue: $t1 s = $(py "print(f'{$t1 * 1000 / max(1, $pdfs):.1f}')") ms per certificate"
echo "  again:       $t2 s = $(py "print(f'{$t2 * 1000 / max(1, $pdfs):.1f}')") ms per certificate"

# 3. verification at 50 concurrent lookups, and the same lookups as bare SQL
q "SELECT code FROM issued_document" >"$work/all-codes.txt"
python3 - "$B" "$work/all-codes.txt" <<'PY'
import sys, time, random, statistics, urllib.request, urllib.error, concurrent.futures
base, codes = sys.argv[1], open(sys.argv[2]).read().split()
random.seed(3)
picks = [random.choice(codes) for _ in range(5000)]
def one(code):
    t = time.perf_counter()
    with urllib.request.urlopen(f"{base}/verifications/{code}") as r:
        r.read(); assert r.status == 200
    return (time.perf_counter() - t) * 1000
with concurrent.futures.ThreadPoolExecutor(50) as pool:
    list(pool.map(one, picks[:500]))                      # warm-up
    start = time.perf_counter()
    ms = sorted(pool.map(one, picks))
    wall = time.perf_counter() - start
print(f"verification, 50 concurrent clients, {len(ms)} lookups of {len(codes)} codes:")
print(f"  median {statistics.median(ms):.1f} ms, p95 {ms[int(len(ms)*0.95)]:.1f} ms, {len(ms)/wall:.0f} lookups/s")
# an unknown code must take as long as a known one (nothing to learn from the timing): one client, in turn
alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
def timed(code):
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(f"{base}/verifications/{code}") as r:
            r.read()
    except urllib.error.HTTPError as e:
        e.read(); assert e.code == 404
    return (time.perf_counter() - t) * 1000
known, unknown = [], []
for i in range(2000):
    known.append(timed(random.choice(codes)))
    unknown.append(timed("".join(random.choice(alphabet) for _ in range(26))))
print(f"  one client, alternating: known code median {statistics.median(known):.2f} ms, unknown (404) median {statistics.median(unknown):.2f} ms")
PY
# the same with wrk (a C load generator: 50 connections kept open, as a browser keeps its own), so that
# the client's own cost does not crowd the server on two cores
CODES="$work/all-codes.txt" wrk -t1 -c50 -d15s -s bench/verify.lua "http://localhost:$PORT" >/dev/null
CODES="$work/all-codes.txt" wrk -t1 -c50 -d30s --latency -s bench/verify.lua "http://localhost:$PORT" >"$work/wrk.txt"
py "
import re
t=open('$work/wrk.txt').read()
lat=dict(re.findall(r'^\s+(50|90|99)%\s+(\S+)', t, re.M))
rps=re.search(r'Requests/sec:\s+(\S+)', t).group(1)
bad=re.search(r'Non-2xx or 3xx responses: (\d+)', t)
print(f'  wrk, 50 connections kept open, 30 s: median {lat[\"50\"]}, p90 {lat[\"90\"]}, p99 {lat[\"99\"]}, {rps} lookups/s, non-200: {bad.group(1) if bad else 0}')
"
shuf -n 2000 --random-source=<(yes) "$work/all-codes.txt" | sed "s/.*/SELECT status, kind, issued_at, issuer, holder_name, holder_identity, hours, credits, revoked_at, revocation_reason FROM issued_document WHERE code = '&';/" >"$work/lookups.sql"
s=$(date +%s.%N); mariadb -uroot -N "$DB" <"$work/lookups.sql" >/dev/null; e=$(date +%s.%N)
echo "  bare SQL, the same lookup, one connection, sequential: $(py "print(f'{($e - $s) * 1000 / 2000:.2f}')") ms per lookup"
