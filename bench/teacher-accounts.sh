#!/usr/bin/env bash
# Benchmark of "Into service, people" item 3: opening accounts for the 50,000 teachers of a city in one
# request, and fetching their one-time password sheets (one xlsx per school; the passwords are generated,
# hashed and written at that fetch). On MariaDB, over HTTP as the bureau does it (`city`, BUREAU_STAFF of
# 临沧市):
#   - adds schools under the demo counties so that the city has about 500 (≈100 teachers each, as in
#     Lincang), then N generated teachers spread over them (bench/SeedTeachers.java);
#   - POST /api/v1/organisations/{city}/teacher-accounts — times it, prints the answer;
#   - GET /api/v1/account-sheets/{id} for SAMPLES single sheets — time per school sheet;
#   - GET /api/v1/account-sheets/unfetched?unitId={city} — every other sheet in one zip;
#   - checks in the database that every new account has a hashed one-time password and no sheet pending,
#     and that one printed password signs in (GET /api/v1/me says passwordChangeRequired).
# Target: opening plus all sheets under 60 s. Usage: bash bench/teacher-accounts.sh [N=50000] [SAMPLES=10]
# Needs: a built tree (mvn -B package -DskipTests) and MariaDB as on CI.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
N=${1:-50000}
SAMPLES=${2:-10}
PORT=${PORT:-8094}
MYSQL_JAR=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | grep -v sources | tail -1)
fresh_database

work=$(mktemp -d)
start_app "$PORT" "$work/app.log"
B="http://localhost:$PORT/api/v1"

# 61 more schools in each of the 8 demo counties: 504 schools in the city
mariadb -uroot "$DB" <<'SQL'
INSERT INTO organisation (id, parent_id, kind, code, name, path, depth, version)
WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 61)
SELECT 20000000 + c.rn * 100 + n.i, c.id, 'SCHOOL', NULL, CONCAT(c.name, '基准第', n.i, '学校'),
       CONCAT(c.path, 20000000 + c.rn * 100 + n.i, '/'), c.depth + 1, 0
FROM (SELECT id, name, path, depth, ROW_NUMBER() OVER (ORDER BY id) AS rn FROM organisation WHERE kind = 'COUNTY') c
CROSS JOIN n;
SQL
java -cp "ejb/target/classes:$MYSQL_JAR" bench/SeedTeachers.java "$URL" ttms_bench ttms_bench "$N"
mariadb -uroot -e "ANALYZE TABLE $DB.teacher, $DB.organisation, $DB.user_account" >/dev/null

city=$(mariadb -uroot -N -e "SELECT id FROM $DB.organisation WHERE name = '临沧市'")
schools=$(mariadb -uroot -N -e "SELECT COUNT(*) FROM $DB.organisation WHERE kind = 'SCHOOL' AND path LIKE CONCAT((SELECT path FROM $DB.organisation WHERE id = $city), '%')")
without=$(mariadb -uroot -N -e "SELECT COUNT(*) FROM $DB.teacher t WHERE NOT EXISTS (SELECT 1 FROM $DB.user_account a WHERE a.teacher_id = t.id)")
echo "city $city: $schools schools, $without teachers without an account"

t() { curl -s -o "$2" -w '%{time_total}' -u city:Demo@2026 "${@:3}" "$1"; }
open=$(t "$B/organisations/$city/teacher-accounts" "$work/opened.json" -X POST)
echo "opening: $open s → $(cat "$work/opened.json")"

sheets=$(curl -sf -u city:Demo@2026 "$B/account-sheets?unitId=$city&size=500" | py "import json,sys; print(' '.join(str(s['id']) for s in json.load(sys.stdin)['items'][:$SAMPLES]))")
: >"$work/single.txt"
for id in $sheets; do
  t "$B/account-sheets/$id" "$work/sheet-$id.xlsx" >>"$work/single.txt"; echo >>"$work/single.txt"
done
zip=$(t "$B/account-sheets/unfetched?unitId=$city" "$work/rest.zip")
entries=$(py "import zipfile; print(len(zipfile.ZipFile('$work/rest.zip').namelist()))")
echo "all other sheets in one zip: $zip s, $entries sheets, $(stat -c %s "$work/rest.zip") bytes"

py "
import statistics
t = sorted(float(x) for x in open('$work/single.txt') if x.strip())
print(f'single sheets ({len(t)}): median {statistics.median(t) * 1000:.0f} ms, max {max(t) * 1000:.0f} ms')
print(f'total: opening {float(\"$open\"):.1f} s + sheets {sum(t) + float(\"$zip\"):.1f} s = {float(\"$open\") + sum(t) + float(\"$zip\"):.1f} s')
"
mariadb -uroot -N -e "SELECT CONCAT('accounts with a hashed one-time password: ', SUM(one_time_password_hash LIKE 'otp-sha256:%'),
  ', still waiting for a sheet: ', SUM(pending_sheet_id IS NOT NULL), ', clear passwords stored: 0 (no column holds one)')
  FROM $DB.user_account WHERE created_by = 'city'"
mariadb -uroot -N -e "SELECT CONCAT('audit entries: ', COUNT(*), ' (', GROUP_CONCAT(DISTINCT action), ')') FROM $DB.audit_entry WHERE actor = 'city'"

# one printed line signs in: the first data row of the first single sheet
first=$(ls "$work"/sheet-*.xlsx | head -1)
read -r user password < <(py "
import zipfile, re
sheet = zipfile.ZipFile('$first').read('xl/worksheets/sheet1.xml').decode()
cell = lambda ref: re.search(r'<c r=\"' + ref + r'\"[^>]*><is><t>([^<]*)</t>', sheet).group(1)
print(cell('D4'), cell('E4'))")
echo "sign-in with the sheet's first line ($user): $(curl -s -u "$user:$password" "$B/me" | py "import json,sys; d=json.load(sys.stdin); print('passwordChangeRequired', d['passwordChangeRequired'])")"
