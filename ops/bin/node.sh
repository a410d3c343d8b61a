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
#   TTMS_HTTPS_PORT              also serve HTTPS on this port (README, "HTTPS"), with:
#   TTMS_KEYSTORE                the PKCS#12 file with the server's private key and certificate chain
#   TTMS_KEYSTORE_PASSWORD       its password (never on the command line: written to RUN_DIR/tls.args, 0600)
#   TTMS_CERT_ALIAS              the key's alias in it (default: the one private key the file holds)
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

# HTTPS: Payara Micro serves its https-listener (port below), and the key of --sslcert from the JVM's
# key store, javax.net.ssl.keyStore (it copies that file into its runtime directory at boot). The password
# goes to the JVM in an argument file only the node's user can read, so that no process list shows it.
tls_args=()
tls=()
if [ -n "${TTMS_HTTPS_PORT:-}" ]; then
  keystore=${TTMS_KEYSTORE:?TTMS_KEYSTORE: the PKCS#12 key store of the HTTPS certificate}
  : "${TTMS_KEYSTORE_PASSWORD:?TTMS_KEYSTORE_PASSWORD: the password of TTMS_KEYSTORE}"
  [ -r "$keystore" ] || { echo "TTMS_KEYSTORE=$keystore cannot be read" >&2; exit 2; }
  keystore=$(cd "$(dirname "$keystore")" && pwd)/$(basename "$keystore")
  keys=$(keytool -list -keystore "$keystore" -storetype PKCS12 -storepass:env TTMS_KEYSTORE_PASSWORD 2>&1) \
    || { echo "TTMS_KEYSTORE=$keystore cannot be opened with TTMS_KEYSTORE_PASSWORD: ${keys##*$'\n'}" >&2; exit 2; }
  aliases=$(printf '%s\n' "$keys" | sed -nE 's/^([^,]+), .*PrivateKeyEntry.*/\1/p')
  alias=${TTMS_CERT_ALIAS:-}
  if [ -z "$alias" ]; then
    [ "$(printf '%s\n' "$aliases" | grep -c .)" -eq 1 ] \
      || { echo "TTMS_KEYSTORE holds $(printf '%s\n' "$aliases" | grep -c .) private keys: name one with TTMS_CERT_ALIAS" >&2; exit 2; }
    alias=$aliases
  elif ! printf '%s\n' "$aliases" | grep -qixF -- "$alias"; then
    echo "TTMS_KEYSTORE has no private key under the alias '$alias' (it has: $(echo $aliases))" >&2; exit 2
  fi
  quote() { local v=${1//\\/\\\\}; v=${v//\"/\\\"}; printf '"%s"\n' "$v"; }
  ( umask 077
    { quote "-Djavax.net.ssl.keyStore=$keystore"
      quote "-Djavax.net.ssl.keyStoreType=PKCS12"
      quote "-Djavax.net.ssl.keyStorePassword=$TTMS_KEYSTORE_PASSWORD"; } > "$run_dir/tls.args" )
  tls_args=("@$run_dir/tls.args")
  # the key's alias only: the listener's port is set below, closed until the application is deployed
  tls=(--sslcert "$alias")
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

# The project's pre-boot commands, and the node's ports, closed until TTMS is deployed and ready: the listeners
# are configured disabled before boot and enabled by the post-deploy commands, after the deployment (migration,
# start-up tasks) is done. Payara Micro's --port and --sslport would open them at boot, where the server answers
# its own bare 404 and, while the application starts, an empty 500 (README, "While the server starts").
listener=configs.config.server-config.network-config.network-listeners.network-listener
{
  cat "$config/pre-boot-commands.asadmin"
  echo
  echo "# added by ops/bin/node.sh: the ports, opened by the post-deploy commands"
  echo "set $listener.http-listener.port=$port"
  echo "set $listener.http-listener.enabled=false"
  if [ -n "${TTMS_HTTPS_PORT:-}" ]; then
    echo "set $listener.https-listener.port=$TTMS_HTTPS_PORT"
    echo "set $listener.https-listener.enabled=false"
  fi
} > "$run_dir/pre-boot-commands.asadmin"
{
  echo "# written by ops/bin/node.sh: the application is deployed and ready, open the ports"
  echo "set $listener.http-listener.enabled=true"
  [ -z "${TTMS_HTTPS_PORT:-}" ] || echo "set $listener.https-listener.enabled=true"
} > "$run_dir/post-deploy-commands.asadmin"

# shellcheck disable=SC2086 # TTMS_JAVA_OPTS is a list of options
exec java ${TTMS_JAVA_OPTS:--Xmx768m} "${tls_args[@]}" \
  -Dapp.data.dir="${APP_DATA_DIR:-$run_dir/data}" \
  -jar "$jar" \
  --deploy "$war" --contextroot / \
  --name "${TTMS_NODE_NAME:-node-$port}" \
  "${cluster[@]}" "${tls[@]}" \
  --prebootcommandfile "$run_dir/pre-boot-commands.asadmin" \
  --postdeploycommandfile "$run_dir/post-deploy-commands.asadmin" \
  --logproperties "$run_dir/logging.properties" \
  "$@"
