#!/usr/bin/env bash
# A cluster on one machine, for trying it and for the tests (README, "Running clustered"): two or more
# TTMS nodes on Payara Micro joined in Payara's data grid (Hazelcast; sessions are shared there), one
# MySQL/MariaDB database, and HAProxy in front with health checks on /health/ready.
#
#   APP_DB_URL=jdbc:mysql://127.0.0.1:3306/ttms APP_DB_USER=ttms APP_DB_PASSWORD=… ops/bin/cluster.sh start
#   ops/bin/cluster.sh status
#   ops/bin/cluster.sh stop
#
# Optional: TTMS_CLUSTER_DIR (default ./ttms-cluster: logs, pids, the balancer's configuration),
# TTMS_BALANCER_PORT (8080), TTMS_NODE_PORTS ("8081 8082"), TTMS_CLUSTER_NAME (ttms),
# TTMS_DATAGRID_PORT (first data-grid port, 6900; one per node), TTMS_READY_SECONDS (300).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${TTMS_CLUSTER_DIR:-$PWD/ttms-cluster}
balancer_port=${TTMS_BALANCER_PORT:-8080}
read -r -a ports <<< "${TTMS_NODE_PORTS:-8081 8082}"
grid_port=${TTMS_DATAGRID_PORT:-6900}
export TTMS_CLUSTER_NAME=${TTMS_CLUSTER_NAME:-ttms}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
ready() { curl -fsS -m 5 "http://127.0.0.1:$1/health/ready" >/dev/null 2>&1; }

start() {
  command -v haproxy >/dev/null || { echo "haproxy is missing: apt-get install -y haproxy" >&2; exit 2; }
  [ -n "${APP_DB_URL:-}" ] || { echo "APP_DB_URL is not set: a cluster shares one MySQL/MariaDB database (the embedded H2 is for one node)" >&2; exit 2; }
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  local members="" i
  for i in "${!ports[@]}"; do members+="${members:+,}127.0.0.1:$((grid_port + i))"; done
  for i in "${!ports[@]}"; do
    local n=$((i + 1)) node_dir="$dir/node$((i + 1))"
    if alive "$node_dir/pid"; then echo "node$n is already running (pid $(cat "$node_dir/pid"))"; continue; fi
    mkdir -p "$node_dir"
    TTMS_NODE_NAME="node$n" TTMS_CLUSTER_MEMBERS="$members" TTMS_DATAGRID_PORT=$((grid_port + i)) \
      setsid nohup "$here/node.sh" "$node_dir" "${ports[$i]}" > "$node_dir/console.log" 2>&1 < /dev/null &
    echo $! > "$node_dir/pid"
    echo "node$n: http://127.0.0.1:${ports[$i]}/ (pid $!, log $node_dir/server.log.0)"
  done
  {
    echo "# written by ops/bin/cluster.sh"
    echo "global"
    echo "  maxconn 4096"
    echo "defaults"
    echo "  mode http"
    echo "  timeout connect 2s"
    echo "  timeout client 120s"
    echo "  timeout server 120s"
    echo "  # a request that finds its node dead goes to another one at its first retry (by default HAProxy tries the"
    echo "  # dead node again, a second apart, and redispatches only at the last retry: 3.4 s measured, bench/rush.sh)"
    echo "  option redispatch 1"
    echo "  retries 2"
    echo "frontend ttms"
    echo "  bind 127.0.0.1:$balancer_port"
    echo "  option forwardfor"
    echo "  # every request carries an id that the nodes log and put in problem documents"
    echo "  http-request set-header X-Request-Id %[uuid()] unless { req.hdr(X-Request-Id) -m found }"
    echo "  default_backend nodes"
    echo "backend nodes"
    echo "  balance roundrobin"
    echo "  # sticky sessions: a browser stays on its node while that node lives; the session is in the data grid"
    echo "  cookie TTMS_NODE insert indirect nocache httponly"
    echo "  option httpchk GET /health/ready"
    echo "  http-check expect status 200"
    echo "  default-server inter 1s fall 2 rise 2"
    for i in "${!ports[@]}"; do
      echo "  server node$((i + 1)) 127.0.0.1:${ports[$i]} check cookie node$((i + 1))"
    done
  } > "$dir/haproxy.cfg"
  haproxy -c -q -f "$dir/haproxy.cfg"
  if alive "$dir/haproxy.pid"; then
    kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
    sleep 0.5
  fi
  haproxy -D -p "$dir/haproxy.pid" -f "$dir/haproxy.cfg"
  echo "balancer: http://127.0.0.1:$balancer_port/ (HAProxy, $dir/haproxy.cfg)"
  local deadline=$((SECONDS + ${TTMS_READY_SECONDS:-300}))
  for i in "${!ports[@]}"; do
    until ready "${ports[$i]}"; do
      if ! alive "$dir/node$((i + 1))/pid"; then
        echo "node$((i + 1)) stopped: see $dir/node$((i + 1))/console.log" >&2
        tail -20 "$dir/node$((i + 1))/console.log" >&2
        exit 1
      fi
      if [ $SECONDS -ge $deadline ]; then echo "node$((i + 1)) is not ready after ${TTMS_READY_SECONDS:-300} s" >&2; exit 1; fi
      sleep 2
    done
    echo "node$((i + 1)) ready"
  done
  echo "cluster ready: http://127.0.0.1:$balancer_port/"
}

stop() {
  local pidfile pid
  for pidfile in "$dir"/node*/pid "$dir/haproxy.pid"; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
  done
  echo "cluster stopped"
}

status() {
  local i
  for i in "${!ports[@]}"; do
    local state=stopped
    alive "$dir/node$((i + 1))/pid" && state=running
    ready "${ports[$i]}" && state="running, ready"
    echo "node$((i + 1)) :${ports[$i]} $state"
  done
  if alive "$dir/haproxy.pid"; then echo "balancer :$balancer_port running"; else echo "balancer :$balancer_port stopped"; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
