# Shared by the benchmark scripts (sourced): a fresh MariaDB database `ttms_bench` with its own user,
# and the built application started on it with demo data, waited for until ready and stopped on exit.
DB=ttms_bench
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
  APP_DB_URL="$URL" APP_DB_USER=ttms_bench APP_DB_PASSWORD=ttms_bench APP_DEMO_DATA=true \
    java -Xmx1g -jar web/target/payara-micro.jar --deploy web/target/ttms.war --contextroot / --port "$1" --nocluster \
    >"$2" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$1/health/ready" >/dev/null 2>&1 && return 0
    sleep 2
  done
  echo "application did not become ready; log: $2"
  exit 1
}
