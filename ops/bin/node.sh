#!/usr/bin/env bash
# One TTMS node on Payara Micro, in the foreground: the one place that knows the node's command line
# (the cluster script and the operations tests start nodes through it).
#
#   ops/bin/node.sh RUN_DIR HTTP_PORT [more Payara Micro options…]
#
# The database comes from APP_DB_URL, APP_DB_USER and APP_DB_PASSWORD (README, Configuration); without
# them the node runs on the embedded H2 database under RUN_DIR/data. RUN_DIR gets the node's log
# (server.log) and its data directory. Optional:
#   TTMS_WAR, PAYARA_MICRO_JAR   what to run (default: what `mvn package` built under web/target)
#   TTMS_NODE_NAME               the node's name in the log and in the data grid (default: node-PORT)
#   TTMS_CLUSTER_NAME            join the data grid of that name (Payara's Hazelcast); unset: no cluster
#   TTMS_CLUSTER_MEMBERS         host:port,… of the members' data-grid ports (TCP/IP discovery)
#   TTMS_DATAGRID_PORT           this node's data-grid port (default 6900)
#   TTMS_JAVA_OPTS               JVM options (default -Xmx768m)
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

# shellcheck disable=SC2086 # TTMS_JAVA_OPTS is a list of options
exec java ${TTMS_JAVA_OPTS:--Xmx768m} \
  -Dapp.data.dir="${APP_DATA_DIR:-$run_dir/data}" \
  -jar "$jar" \
  --deploy "$war" --contextroot / --port "$port" \
  --name "${TTMS_NODE_NAME:-node-$port}" \
  "${cluster[@]}" \
  --prebootcommandfile "$config/pre-boot-commands.asadmin" \
  --logtofile "$run_dir/server.log" \
  "$@"
