#!/usr/bin/env bash
# One TTMS node on Payara Micro, in the foreground: the one place that knows the node's command line
# (the cluster script and the operations tests start nodes through it).
#
#   ops/bin/node.sh RUN_DIR HTTP_PORT [more Payara Micro options…]
#
# The database comes from APP_DB_URL, APP_DB_USER and APP_DB_PASSWORD (README, Configuration); without
# them the node runs on the embedded H2 database under RUN_DIR/data. RUN_DIR gets the node's log
# (server.log.0, the newest; server.log.1 … .9 before it, 10 MiB each), the logging configuration it was written
# with (logging.properties) and its data directory. Optional:
#   TTMS_WAR, PAYARA_MICRO_JAR   what to run (default: what `mvn package` built under web/target)
#   TTMS_NODE_NAME               the node's name in the log and in the data grid (default: node-PORT)
#   TTMS_CLUSTER_NAME            join the data grid of that name (Payara's Hazelcast); unset: no cluster
#   TTMS_CLUSTER_MEMBERS         host:port,… of the members' data-grid ports (TCP/IP discovery)
#   TTMS_DATAGRID_PORT           this node's data-grid port (default 6900)
#   TTMS_JAVA_OPTS               JVM options (default -Xmx768m)
#   TTMS_LOG_FORMAT              text (default: Payara's ODL records in the file, one line each on the console)
#                                or json (one JSON object a line, in the file and on the console)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
[ $# -ge 2 ] || { echo "usage: $0 RUN_DIR HTTP_PORT [Payara Micro options…]" >&2; exit 2; }
run_dir=$1
port=$2
shift 2
war=${TTMS_WAR:-$root/web/target/ttms.war}
jar=${PAYARA_MICRO_JAR:-$root/web/target/payara-micro.jar}
config=$root/config/src/main/resources/payara/micro
for f in "$war" "$jar"; do
  [ -f "$f" ] || { echo "$f is missing: build first (mvn -B -q package -DskipTests)" >&2; exit 2; }
done
mkdir -p "$run_dir"
run_dir=$(cd "$run_dir" && pwd)

cluster=(--nocluster)
if [ -n "${TTMS_CLUSTER_NAME:-}" ]; then
  # TCP/IP discovery on the named interfaces: no multicast, which intranets and loopback often drop
  cluster=(--clustername "$TTMS_CLUSTER_NAME"
           --clustermode "tcpip:${TTMS_CLUSTER_MEMBERS:?TTMS_CLUSTER_MEMBERS: host:port,… of the data-grid members}"
           --startport "${TTMS_DATAGRID_PORT:-6900}"
           --interfaces "${TTMS_DATAGRID_INTERFACE:-127.0.0.1}")
fi

# The project's logging configuration with this node's file handler and format added at the end (a key given
# again wins). JUL's FileHandler takes % as a pattern character: a literal one is %%.
case "${TTMS_LOG_FORMAT:-text}" in
  text) file_formatter=com.sun.enterprise.server.logging.ODLLogFormatter
        console_formatter=java.util.logging.SimpleFormatter ;;
  json) file_formatter=fish.payara.enterprise.server.logging.JSONLogFormatter
        console_formatter=$file_formatter ;;
  *) echo "TTMS_LOG_FORMAT is text or json, not '$TTMS_LOG_FORMAT'" >&2; exit 2 ;;
esac
{
  cat "$config/logging.properties"
  echo
  echo "# added by ops/bin/node.sh for this node"
  echo "handlers=java.util.logging.FileHandler, java.util.logging.ConsoleHandler"
  echo "java.util.logging.FileHandler.pattern=${run_dir//\%/%%}/server.log"
  echo "java.util.logging.FileHandler.limit=10485760"
  echo "java.util.logging.FileHandler.count=10"
  echo "java.util.logging.FileHandler.append=true"
  echo "java.util.logging.FileHandler.encoding=UTF-8"
  echo "java.util.logging.FileHandler.level=ALL"
  echo "java.util.logging.FileHandler.formatter=$file_formatter"
  echo "java.util.logging.ConsoleHandler.formatter=$console_formatter"
  if [ -z "${TTMS_CLUSTER_NAME:-}" ]; then
    # alone, the data grid's status and Hazelcast's notice that its first port was taken (by another node on this
    # machine) say nothing; in a cluster they tell which members joined and which ports they took
    echo "fish.payara.nucleus.cluster.PayaraCluster.level=WARNING"
    echo "com.hazelcast.instance.impl.Node.level=SEVERE"
  fi
} > "$run_dir/logging.properties"

# shellcheck disable=SC2086 # TTMS_JAVA_OPTS is a list of options
exec java ${TTMS_JAVA_OPTS:--Xmx768m} \
  -Dapp.data.dir="${APP_DATA_DIR:-$run_dir/data}" \
  -jar "$jar" \
  --deploy "$war" --contextroot / --port "$port" \
  --name "${TTMS_NODE_NAME:-node-$port}" \
  "${cluster[@]}" \
  --prebootcommandfile "$config/pre-boot-commands.asadmin" \
  --logproperties "$run_dir/logging.properties" \
  "$@"
