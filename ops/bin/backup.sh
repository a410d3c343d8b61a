#!/usr/bin/env bash
# A backup of a running TTMS (README, "Backup and restore"): the database, the data directory and a
# manifest, in a new directory TARGET_DIR/ttms-backup-<yyyyMMdd-HHmmss>.
#
#   ops/bin/backup.sh TARGET_DIR
#
# MySQL/MariaDB (APP_DB_URL=jdbc:mysql://host:port/db or jdbc:mariadb://…, APP_DB_USER, APP_DB_PASSWORD: the
# application's own variables): an online, consistent dump (mariadb-dump, or mysqldump where that is what
# is installed, in one transaction: --single-transaction), gzipped, while the application keeps serving.
#
# Embedded H2 (APP_DB_URL unset): the database file is locked by the running server, so the application
# writes the copy itself: this script calls POST /api/v1/system/backups as an administrator of the top
# unit (TTMS_ADMIN_USER, TTMS_ADMIN_PASSWORD; TTMS_URL, default http://localhost:8080; TTMS_CACERT: the
# CA file of an HTTPS certificate curl does not already trust) and copies the zip the server wrote under
# APP_DATA_DIR/backups (the data directory must be on this machine).
#
# APP_DATA_DIR (the application's app.data.dir) is added as data-dir.tar.gz when it exists (without the
# embedded database, which is in the copy above, and without earlier backups under backups/).
#
# The signing keys are inside the database, encrypted: the CA's key under app.signing.ca-passphrase (or,
# when that is not set, under a generated passphrase kept in the database), each signer's key under the
# signer's PIN. A configured app.signing.ca-passphrase is never written into the backup: keep it apart.
#
# Passwords are never printed and never put on a command line: the database password goes to the client
# in a temporary option file (mode 0600), the administrator's password to curl in a temporary config file.
set -euo pipefail
umask 077

die() { echo "backup.sh: $*" >&2; exit 1; }
[ $# -eq 1 ] || { echo "usage: $0 TARGET_DIR" >&2; exit 2; }
target=$1
mkdir -p "$target"
target=$(cd "$target" && pwd)
stamp=$(date +%Y%m%d-%H%M%S)
dir="$target/ttms-backup-$stamp"
[ ! -e "$dir" ] || die "$dir exists already"

secrets=$(mktemp -d)
cleanup() {
  rm -rf "$secrets"
  # a backup that did not finish is no backup: leave nothing that looks like one
  if [ "${done:-no}" != yes ] && [ -d "$dir" ]; then rm -rf "$dir"; fi
}
trap cleanup EXIT
done=no

# A value for a client option file or a curl config file: in double quotes, \ and " escaped.
quoted() { local v=${1//\\/\\\\}; v=${v//\"/\\\"}; printf '"%s"' "$v"; }

sha() { (cd "$dir" && sha256sum -- "$@"); }

# The data directory as a tar (without the embedded database and earlier backups), if it exists.
archive_data_dir() {
  local data=${APP_DATA_DIR:-}
  if [ -z "$data" ]; then
    echo "APP_DATA_DIR is not set: no data directory archived"
    data_note="not set (nothing archived)"
    return
  fi
  if [ ! -d "$data" ]; then
    echo "APP_DATA_DIR=$data does not exist: no data directory archived"
    data_note="$data (absent, nothing archived)"
    return
  fi
  tar -C "$data" --exclude=./db --exclude=./backups -czf "$dir/data-dir.tar.gz" .
  files+=(data-dir.tar.gz)
  data_note="$data (data-dir.tar.gz, without db/ and backups/)"
  echo "data directory $data archived: data-dir.tar.gz"
}

files=()
data_note=""
url=${APP_DB_URL:-}

if [ -n "$url" ] && [[ "$url" != jdbc:h2:* ]]; then
  # ---- MySQL / MariaDB ----------------------------------------------------------------------------
  [[ "$url" =~ ^jdbc:(mysql|mariadb)://([^/:?]+)(:([0-9]+))?/([^?]+)(\?.*)?$ ]] \
    || die "APP_DB_URL is not a jdbc:mysql://host[:port]/database URL (one host): $(printf '%s' "$url" | sed -E 's/(password|pwd)=[^&;]*/\1=****/Ig')"
  host=${BASH_REMATCH[2]}
  port=${BASH_REMATCH[4]:-3306}
  db=${BASH_REMATCH[5]}
  user=${APP_DB_USER:?APP_DB_USER: the database user}
  dump=$(command -v mariadb-dump || command -v mysqldump || true)
  client=$(command -v mariadb || command -v mysql || true)
  [ -n "$dump" ] && [ -n "$client" ] || die "mariadb-dump (or mysqldump) and the mariadb (or mysql) client are needed: apt-get install mariadb-client"
  {
    echo "[client]"
    echo "host=$host"
    echo "port=$port"
    echo "user=$(quoted "$user")"
    echo "password=$(quoted "${APP_DB_PASSWORD:-}")"
    echo "default-character-set=utf8mb4"
  } > "$secrets/client.cnf"
  version=$("$client" --defaults-extra-file="$secrets/client.cnf" --batch --skip-column-names "$db" \
      -e "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1") \
    || die "cannot read the schema version from $db on $host:$port as $user (see the client's message above)"
  [ -n "$version" ] || die "$db on $host:$port has no applied migration: is it the TTMS database?"
  mkdir -p "$dir"
  options=(--single-transaction --quick --no-tablespaces --hex-blob --default-character-set=utf8mb4
           --skip-comments --add-drop-table)
  # Oracle's mysqldump 8 would also write GTID state and read column statistics: neither belongs in a copy
  "$dump" --version | grep -qi mariadb || options+=(--set-gtid-purged=OFF --column-statistics=0)
  echo "dumping $db on $host:$port with $(basename "$dump") (one transaction; the application keeps serving)"
  "$dump" --defaults-extra-file="$secrets/client.cnf" "${options[@]}" "$db" | gzip -6 > "$dir/database.sql.gz"
  gzip -t "$dir/database.sql.gz"
  files+=(database.sql.gz)
  kind=mysql
  source_note="$db on $host:$port ($(basename "$dump") --single-transaction, gzipped SQL)"
  tool_version=$("$dump" --version)
else
  # ---- embedded H2: the application writes the copy ----------------------------------------------
  base=${TTMS_URL:-http://localhost:8080}
  base=${base%/}
  : "${TTMS_ADMIN_USER:?TTMS_ADMIN_USER: an administrator of the top unit (the H2 backup is taken by the application)}"
  : "${TTMS_ADMIN_PASSWORD:?TTMS_ADMIN_PASSWORD: the password of that administrator}"
  command -v curl >/dev/null || die "curl is needed"
  {
    echo "user = $(quoted "$TTMS_ADMIN_USER:$TTMS_ADMIN_PASSWORD")"
    [ -z "${TTMS_CACERT:-}" ] || echo "cacert = $(quoted "$TTMS_CACERT")"
  } > "$secrets/curl.cfg"
  echo "asking $base to back up its embedded database (POST /api/v1/system/backups)"
  status=$(curl -sS -K "$secrets/curl.cfg" -o "$secrets/answer.json" -w '%{http_code}' -X POST \
      -H 'Accept-Language: en' "$base/api/v1/system/backups") || die "cannot reach $base"
  [ "$status" = 201 ] || die "the application answered $status: $(cat "$secrets/answer.json")"
  answer=$(cat "$secrets/answer.json")
  field() { printf '%s' "$answer" | sed -nE "s/.*\"$1\":\"?([^\",}]*)\"?.*/\1/p"; }
  server_file=$(field file)
  version=$(field schemaVersion)
  [ -n "$server_file" ] || die "unexpected answer: $answer"
  if [ ! -r "$server_file" ]; then
    die "the server wrote $server_file, which is not readable here: run this script on the server (the data directory must be local), or copy that file from there"
  fi
  mkdir -p "$dir"
  cp "$server_file" "$dir/database-h2.zip"
  if command -v unzip >/dev/null; then unzip -tq "$dir/database-h2.zip" >/dev/null; else jar tf "$dir/database-h2.zip" >/dev/null; fi
  files+=(database-h2.zip)
  kind=h2
  source_note="embedded H2 of $base (H2 BACKUP TO, written by the application as $server_file)"
  tool_version="H2 BACKUP TO (in the application)"
fi

archive_data_dir

{
  echo "# TTMS backup: restore with ops/bin/restore.sh $dir"
  echo "created: $(date -Iseconds)"
  echo "kind: $kind"
  echo "source: $source_note"
  echo "data-dir: $data_note"
  echo "schema-version: $version"
  echo "tool: $tool_version"
  echo "keys: the signing keys are inside the database, encrypted: the certificate authority's key under"
  echo "  app.signing.ca-passphrase (or, when that is not configured, under a generated passphrase kept in the"
  echo "  table system_setting, which is in this backup), each signer's key under the signer's own PIN."
  echo "  A configured app.signing.ca-passphrase is NOT in this backup and must never be: keep it apart (a"
  echo "  password safe), and start the restored system with the same value."
  echo "files (sha256):"
  sha "${files[@]}"
} > "$dir/MANIFEST.txt"
chmod 0600 "$dir"/*
chmod 0700 "$dir"
done=yes
echo "backup written: $dir"
echo "  schema version $version; files: ${files[*]} MANIFEST.txt"
echo "  it holds everybody's personal data: store it encrypted, where only IT can read it"
