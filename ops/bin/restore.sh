#!/usr/bin/env bash
# Restores a backup made by ops/bin/backup.sh (README, "Backup and restore").
#
#   ops/bin/restore.sh BACKUP_DIR [--force]
#
# First checks every file against the sha256 sums of BACKUP_DIR/MANIFEST.txt. Then:
# - a MySQL/MariaDB backup goes into the database of APP_DB_URL (APP_DB_USER, APP_DB_PASSWORD; the
#   database must exist, created utf8mb4 as the README says), and its data-dir.tar.gz into APP_DATA_DIR;
# - an embedded H2 backup is unzipped into APP_DATA_DIR/db (APP_DB_URL must not be set).
# It REFUSES, changing nothing, when the target database has any table or the data directory is not
# empty; with --force it empties them first (and says so). Stop the application before restoring.
set -euo pipefail
umask 077

die() { echo "restore.sh: $*" >&2; exit 1; }
usage() { echo "usage: $0 BACKUP_DIR [--force]" >&2; exit 2; }
force=no
backup=""
for arg in "$@"; do
  case "$arg" in
    --force) force=yes ;;
    -*) usage ;;
    *) [ -z "$backup" ] || usage; backup=$arg ;;
  esac
done
[ -n "$backup" ] || usage
[ -d "$backup" ] || die "$backup is not a directory"
backup=$(cd "$backup" && pwd)
manifest="$backup/MANIFEST.txt"
[ -f "$manifest" ] || die "$manifest is missing: not a backup of ops/bin/backup.sh"

# ---- 1. the files are what the manifest says ------------------------------------------------------
sums=$(grep -E '^[0-9a-f]{64}  ' "$manifest" || true)
[ -n "$sums" ] || die "$manifest lists no file with its sha256"
if ! (cd "$backup" && printf '%s\n' "$sums" | sha256sum --check --strict --quiet); then
  die "the backup is damaged or was changed: a file does not match its sha256 in $manifest. Nothing was restored."
fi
echo "sha256 of every file checked against the manifest: all match"
value() { sed -nE "s/^$1: (.*)$/\1/p" "$manifest" | head -1; }
kind=$(value kind)
version=$(value schema-version)
has() { printf '%s\n' "$sums" | grep -q "  $1\$"; }

# ---- 2. where it goes, and whether that is empty ----------------------------------------------------
data=${APP_DATA_DIR:-}
secrets=$(mktemp -d)
trap 'rm -rf "$secrets"' EXIT
quoted() { local v=${1//\\/\\\\}; v=${v//\"/\\\"}; printf '"%s"' "$v"; }
not_empty() { [ -d "$1" ] && [ -n "$(ls -A "$1")" ]; }

data_busy=no
if [ -n "$data" ] && not_empty "$data"; then data_busy=yes; fi

case "$kind" in
  mysql)
    url=${APP_DB_URL:-}
    [[ "$url" =~ ^jdbc:(mysql|mariadb)://([^/:?]+)(:([0-9]+))?/([^?]+)(\?.*)?$ ]] \
      || die "this is a MySQL/MariaDB backup: set APP_DB_URL=jdbc:mysql://host[:port]/database (and APP_DB_USER, APP_DB_PASSWORD) to the database to restore into"
    host=${BASH_REMATCH[2]}
    port=${BASH_REMATCH[4]:-3306}
    db=${BASH_REMATCH[5]}
    client=$(command -v mariadb || command -v mysql || true)
    [ -n "$client" ] || die "the mariadb (or mysql) client is needed: apt-get install mariadb-client"
    {
      echo "[client]"
      echo "host=$host"
      echo "port=$port"
      echo "user=$(quoted "${APP_DB_USER:?APP_DB_USER: the database user}")"
      echo "password=$(quoted "${APP_DB_PASSWORD:-}")"
      echo "default-character-set=utf8mb4"
    } > "$secrets/client.cnf"
    sql() { "$client" --defaults-extra-file="$secrets/client.cnf" --batch --skip-column-names "$db" "$@"; }
    tables=$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()") \
      || die "cannot open $db on $host:$port (create it first: CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci)"
    db_busy=no
    [ "$tables" -eq 0 ] || db_busy=yes
    if [ -z "$data" ] && has data-dir.tar.gz; then
      die "the backup holds a data directory (data-dir.tar.gz): set APP_DATA_DIR to where it goes"
    fi
    if [ "$force" = no ] && { [ $db_busy = yes ] || [ $data_busy = yes ]; }; then
      [ $db_busy = no ] || echo "restore.sh: REFUSED: the database $db on $host:$port already has $tables tables." >&2
      [ $data_busy = no ] || echo "restore.sh: REFUSED: the data directory $data is not empty." >&2
      echo "restore.sh: nothing was changed. Restore into an empty database and data directory, or run again with --force to empty them first (everything in them is lost)." >&2
      exit 3
    fi
    ;;
  h2)
    if [ -n "${APP_DB_URL:-}" ] && [[ "$APP_DB_URL" != jdbc:h2:* ]]; then
      die "this is a backup of the embedded H2 database, but APP_DB_URL points to another database: unset it (a move from H2 to MySQL is not a restore)"
    fi
    [ -n "$data" ] || die "this is a backup of the embedded H2 database: set APP_DATA_DIR to the data directory to restore into"
    has database-h2.zip || die "$manifest lists no database-h2.zip"
    if [ "$force" = no ] && [ $data_busy = yes ]; then
      echo "restore.sh: REFUSED: the data directory $data is not empty (an embedded database lives in $data/db)." >&2
      echo "restore.sh: nothing was changed. Restore into an empty data directory, or run again with --force to empty it first (everything in it is lost)." >&2
      exit 3
    fi
    ;;
  *) die "$manifest names no known kind (mysql or h2): '$kind'" ;;
esac

# ---- 3. --force: empty the targets, saying so ------------------------------------------------------
if [ "$force" = yes ]; then
  if [ "$kind" = mysql ] && [ "$db_busy" = yes ]; then
    echo "--force: dropping the $tables tables of $db on $host:$port"
    drop=$(sql -e "SELECT CONCAT('DROP TABLE IF EXISTS \`', table_name, '\`;') FROM information_schema.tables
                   WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")
    views=$(sql -e "SELECT CONCAT('DROP VIEW IF EXISTS \`', table_name, '\`;') FROM information_schema.tables
                    WHERE table_schema = DATABASE() AND table_type = 'VIEW'")
    printf 'SET FOREIGN_KEY_CHECKS = 0;\n%s\n%s\n' "$views" "$drop" | sql
  fi
  if [ "$data_busy" = yes ]; then
    echo "--force: emptying the data directory $data"
    find "$data" -mindepth 1 -maxdepth 1 -exec rm -rf -- {} +
  fi
fi

# ---- 4. restore ----------------------------------------------------------------------------------
if [ "$kind" = mysql ]; then
  echo "restoring the database into $db on $host:$port (schema version $version)"
  gzip -dc "$backup/database.sql.gz" | sql
  restored=$(sql -e "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")
  [ "$restored" = "$version" ] || die "after the restore the schema version is '$restored', the manifest says '$version'"
  if [ -n "$data" ]; then
    mkdir -p "$data"
    if has data-dir.tar.gz; then
      tar -C "$data" -xzf "$backup/data-dir.tar.gz"
      echo "data directory restored into $data"
    fi
  fi
  start="APP_DB_URL=<as above> APP_DB_USER=… APP_DB_PASSWORD=… ${data:+APP_DATA_DIR=$data }ops/bin/node.sh RUN_DIR PORT (or start the server that uses this database)"
else
  mkdir -p "$data/db"
  echo "restoring the embedded database into $data/db (schema version $version)"
  if command -v unzip >/dev/null; then
    unzip -q "$backup/database-h2.zip" -d "$data/db"
  else
    (cd "$data/db" && jar xf "$backup/database-h2.zip")
  fi
  [ -f "$data/db/ttms.mv.db" ] || die "the zip held no ttms.mv.db"
  if has data-dir.tar.gz; then
    tar -C "$data" -xzf "$backup/data-dir.tar.gz"
  fi
  start="APP_DATA_DIR=$data ops/bin/node.sh RUN_DIR PORT (or mvn -Prun package -Dapp.data.dir=$data)"
fi

cat <<EOF
restored: $backup (schema version $version)
next:
  1. start TTMS on it: $start
     with the same app.signing.ca-passphrase as the backed-up system if one was configured (it is not in the backup)
  2. check: GET /health/ready answers 200; sign in;
     as an administrator POST /api/v1/result-batches/verification-runs: every signed batch VALID (tampered 0, failed 0),
     or open a signed batch and press 验证签名 (GET /api/v1/result-batches/{id}/verification: "VALID")
EOF
