#!/usr/bin/env bash
# BENCH ONLY. The whole benchmark of docs/benchmarks.md, on this machine (about 30 min when busy):
#   1. start-up to readiness (empty database: Liquibase creates the schema; then on the schema),
#      with `java -jar`, then from the CDS archive (docker/cds-archive.sh, as the Docker image
#      starts) which every later start uses (CDS=0: `java -jar` throughout); every start is timed
#   2. pipeline end to end: ORDERS wallet orders through the API with the job workers on, until
#      all their clients are ACTIVE on the simulated panel (bench/src/SimPanel.java, 50 ms a call);
#      then, on that warmed-up app, a backlog: workers paused (admin API), ORDERS orders placed,
#      workers resumed, timed until all ACTIVE
#   3. pipeline backlog, twice (and once with app.panels.max-clients-per-add=1, i.e. one panel
#      call per order as before the coalescing): ORDERS orders placed with the workers off
#      (app.jobs.enabled=false), then the app restarted with them on, timed until all ACTIVE
#   4. the HTTP benchmarks (bench/http.sh)
# SKIP_E2E=1, SKIP_BASELINE=1, DRAINS=n and SKIP_HTTP=1 leave parts out; CDS=0 keeps `java -jar`.
# The app's RSS is sampled every 200 ms throughout; InnoDB lock waits are sampled during orders.
# Needs: the built jar (./mvnw -B -DskipTests package), MariaDB on 127.0.0.1:3306 (root, no
# password; the database $DB is dropped and created), Redis on 127.0.0.1:6379 (keys under bench-
# prefixes only), wrk, nginx, curl, mysql. Everything started here is stopped at the end.
# Output: bench/target/run-<time>/ (bench.log is the summary).
set -euo pipefail
set -f
source "$(dirname "$0")/env.sh"
mkdir -p "$OUT/logs" "$LIB"
: > "$OUT/pids"
cleanup() {
  while read -r pid; do kill "$pid" 2>/dev/null || true; done < "$OUT/pids"
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap "exit 130" INT TERM

if ! ls "$LIB"/jackson-databind-2*.jar > /dev/null 2>&1; then
  set +f
  unzip -j -o -q "$JAR" 'BOOT-INF/lib/jackson-databind-2*' 'BOOT-INF/lib/jackson-core-2*' \
    'BOOT-INF/lib/jackson-annotations-2*' -d "$LIB"
  set -f
fi
log "machine: $(nproc) cores, $(uptime)"
log "git: $(git -C "$ROOT" rev-parse --short HEAD), java: $(java -version 2>&1 | head -1), JAVA_OPTS='$JAVA_OPTS'"

java -cp "$LIB/*" "$BENCH_DIR/src/SimPanel.java" "$PANEL_PORT" "$PANEL_LATENCY_MS" > "$OUT/panel.log" 2>&1 &
echo $! >> "$OUT/pids"

pipeline() { # mode extra...
  java -cp "$LIB/*" "$BENCH_DIR/src/Pipeline.java" "$1" "$APP" "$PANEL" "$DB" "$ORDERS" "$BUYERS" \
    "$ORDER_CONCURRENCY" "$OUT" 2>&1 | tee -a "$OUT/bench.log" | grep -E '^(RESULT|PANEL|paid)' || true
}
rss_max_since() { # line
  tail -n +"$1" "$OUT/rss.txt" | awk '{ if ($2 > m) m = $2 } END { printf "%d MiB", m / 1024 }'
}
lock_waits() { # while the orders go in: which statements wait for a row lock
  while :; do
    mysql -uroot -h127.0.0.1 -N -B -e "SELECT LEFT(r.trx_query, 90) FROM information_schema.innodb_lock_waits w
      JOIN information_schema.innodb_trx r ON r.trx_id = w.requesting_trx_id" 2>/dev/null || true
    sleep 0.5
  done
}
# Pauses or resumes the app's job workers through the admin API.
workers() { # pause|resume
  local token
  token=$(curl -fs -H 'Content-Type: application/json' "$APP/api/v1/auth/login" \
    -d '{"email":"admin@bench.1000proxy.local","password":"bench-admin-password-1"}' \
    | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
  curl -fs -X POST -H "Authorization: Bearer $token" "$APP/api/v1/admin/jobs/workers/$1" > /dev/null
}
innodb() { mysql -uroot -h127.0.0.1 -N -B -e "SHOW GLOBAL STATUS LIKE 'Innodb_row_lock_%'" | tr '\t\n' '= '; }

( while :; do
    pid=$(cat "$OUT/app.pid" 2>/dev/null || echo 0)
    echo "$(date +%s%N) $(ps -o rss= -p "$pid" 2>/dev/null || echo 0)"; sleep 0.2
  done ) > "$OUT/rss.txt" &
echo $! >> "$OUT/pids"

mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
until curl -fs -o /dev/null "$PANEL/_stats"; do sleep 0.1; done
start_app cold-schema
log "RSS after start: $(ps -o rss= -p "$APP_PID") KiB"
stop_app
start_app existing-schema
if [ "${CDS:-1}" = 1 ]; then
  stop_app
  use_cds
  start_app existing-schema-cds
fi

if [ "${SKIP_E2E:-0}" != 1 ]; then
  stop_app
  start_app e2e
  log "== pipeline end to end: $ORDERS orders, $BUYERS buyers, $ORDER_CONCURRENCY order requests at once, provision-order concurrency $PROVISION_CONCURRENCY, panel latency $PANEL_LATENCY_MS ms (load $(cut -d' ' -f1 /proc/loadavg))"
  mark=$(wc -l < "$OUT/rss.txt")
  log "innodb before: $(innodb)"
  lock_waits > "$OUT/lock-waits.txt" &
  LOCKS=$!
  echo $LOCKS >> "$OUT/pids"
  pipeline full
  kill $LOCKS
  log "innodb after: $(innodb)"
  log "statements seen waiting for a row lock (samples every 0.5 s): $(sort "$OUT/lock-waits.txt" | uniq -c | sort -rn | head -5 | tr -s ' \n' ' ')"
  log "RSS max end to end: $(rss_max_since "$mark") (load $(cut -d' ' -f1 /proc/loadavg))"
  # The same app, warmed up by the run above: its workers paused (admin API) while the next
  # orders go in, then resumed and timed until all are ACTIVE.
  log "== backlog warm: $ORDERS orders placed while this app's job workers are paused"
  workers pause
  pipeline order
  curl -fs -X POST "$PANEL/_reset" > /dev/null
  cpu_before=$(app_cpu)
  db_before=$(db_cpu)
  workers resume
  pipeline await
  log "CPU while draining: app $(echo "$(app_cpu) $cpu_before" | awk '{ printf "%.1f", $1 - $2 }') s, MariaDB $(echo "$(db_cpu) $db_before" | awk '{ printf "%.1f", $1 - $2 }') s"
fi
stop_app

backlog() { # label extra-args...
  local label=$1
  shift
  start_app "orders-$label" --app.jobs.enabled=false
  log "== backlog $label: placing $ORDERS orders with the job workers off (load $(cut -d' ' -f1 /proc/loadavg))"
  pipeline order
  stop_app
  curl -fs -X POST "$PANEL/_reset" > /dev/null
  mark=$(wc -l < "$OUT/rss.txt")
  start_app "drain-$label" "$@"
  log "== backlog $label: draining with the workers on $* (load $(cut -d' ' -f1 /proc/loadavg))"
  local cpu_before db_before
  cpu_before=$(app_cpu)
  db_before=$(db_cpu)
  pipeline await
  log "CPU while draining: app $(echo "$(app_cpu) $cpu_before" | awk '{ printf "%.1f", $1 - $2 }') s, MariaDB $(echo "$(db_cpu) $db_before" | awk '{ printf "%.1f", $1 - $2 }') s"
  log "RSS max while draining: $(rss_max_since "$mark") (load $(cut -d' ' -f1 /proc/loadavg))"
}
if [ "${SKIP_BASELINE:-0}" != 1 ]; then
  backlog one-call-per-order --app.panels.max-clients-per-add=1
  stop_app
fi
for i in $(seq 1 "${DRAINS:-2}"); do
  [ "$i" = 1 ] || stop_app
  backlog "coalesced-$i"
done

if [ "${SKIP_HTTP:-0}" != 1 ]; then
  mark=$(wc -l < "$OUT/rss.txt")
  "$BENCH_DIR/http.sh" "$OUT"
  log "RSS max during HTTP benchmarks: $(rss_max_since "$mark")"
fi
log "RSS now: $(ps -o rss= -p "$APP_PID") KiB; $(jcmd "$APP_PID" GC.heap_info 2>/dev/null | sed -n 2p)"
stop_app
log "done: $OUT"
