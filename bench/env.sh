# Shared settings of the benchmark scripts (sourced, not run). BENCH ONLY.
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
JAR=${JAR:-$ROOT/api/target/1000proxy.jar}
OUT=${OUT:-$BENCH_DIR/target/run-$(date -u +%Y%m%dT%H%M%SZ)}
LIB=$BENCH_DIR/target/lib
DB=${DB:-bench_1000proxy}
APP_PORT=${APP_PORT:-18080}
PANEL_PORT=${PANEL_PORT:-18081}
NGINX_PORT=${NGINX_PORT:-18082}
PANEL_LATENCY_MS=${PANEL_LATENCY_MS:-50}
ORDERS=${ORDERS:-1000}
BUYERS=${BUYERS:-10}
ORDER_CONCURRENCY=${ORDER_CONCURRENCY:-16}
PROVISION_CONCURRENCY=${PROVISION_CONCURRENCY:-64}
JAVA_OPTS=${JAVA_OPTS:-}
APP=http://127.0.0.1:$APP_PORT
PANEL=http://127.0.0.1:$PANEL_PORT

# The jar against MariaDB (root, empty password, own database) and Redis, every Redis key under
# a bench- prefix (the Redis is shared), rate limits out of the way, the bare endpoint on.
app_args() {
  echo "--server.port=$APP_PORT --app.public-base-url=$APP \
 --spring.r2dbc.url=r2dbc:mysql://127.0.0.1:3306/$DB?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&sslMode=DISABLED \
 --spring.r2dbc.username=root --spring.r2dbc.password= \
 --spring.liquibase.url=jdbc:mariadb://127.0.0.1:3306/$DB --spring.liquibase.user=root --spring.liquibase.password= \
 --app.bench.enabled=true \
 --app.bootstrap.admin-email=admin@bench.1000proxy.local --app.bootstrap.admin-password=bench-admin-password-1 \
 --app.secrets.encryption-key=YmVuY2gtZW5jcnlwdGlvbi1rZXktMzItYnl0ZXMhISE= \
 --app.clients.subscription-token-key=YmVuY2gtc3Vic2NyaXB0aW9uLXRva2VuLWtleS0zMi1ieXRlcw== \
 --app.jobs.concurrency.provision-order=$PROVISION_CONCURRENCY \
 --app.rate-limit.api.capacity=1000000000 --app.rate-limit.api.period=1s \
 --app.rate-limit.registrations-per-ip.capacity=100000 \
 --app.rate-limit.key-prefix=bench-rl: --app.catalog.cache-prefix=bench-catalog \
 --app.delivery.cache-prefix=bench-sub --app.panels.session-key-prefix=bench-panel-session: \
 --app.logging.dir=$OUT/logs --app.security.audit-log-file=$OUT/logs/audit.jsonl"
}

log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/bench.log"; }

# How start_app runs the app: the jar as the README does, until use_cds switches to the extracted
# jar with its CDS archive (docker/cds-archive.sh), as the Docker image does.
START_JAR=$JAR
START_OPTS=
use_cds() {
  local dir=$OUT/cds start
  start=$(date +%s%N)
  java -Djarmode=tools -jar "$JAR" extract --force --destination "$dir" > /dev/null
  "$ROOT/docker/cds-archive.sh" "$dir" > /dev/null
  START_JAR=$dir/1000proxy.jar
  START_OPTS="-XX:SharedArchiveFile=$dir/1000proxy.jsa"
  log "CDS archive built in $(( ($(date +%s%N) - start) / 1000000 )) ms; later starts: $START_OPTS -jar $START_JAR"
}

# Starts the jar in the background and waits for readiness; logs the wall and CPU time it took.
APP_PID=
start_app() { # label extra-args...
  local label=$1 start ready
  shift
  start=$(date +%s%N)
  # shellcheck disable=SC2046
  java $JAVA_OPTS $START_OPTS -jar "$START_JAR" $(app_args) "$@" > "$OUT/app-$label.log" 2>&1 &
  APP_PID=$!
  echo "$APP_PID" >> "$OUT/pids"
  echo "$APP_PID" > "$OUT/app.pid"
  until curl -fs -o /dev/null "$APP/actuator/health/readiness"; do
    kill -0 "$APP_PID" || { log "app died, see $OUT/app-$label.log"; exit 1; }
    sleep 0.05
  done
  ready=$(date +%s%N)
  local cpu
  cpu=$(app_cpu)
  log "start-up $label: ready in $(( (ready - start) / 1000000 )) ms, ${cpu} s of CPU (load $(cut -d' ' -f1 /proc/loadavg)); $(grep -o 'Started .* in [0-9.]* seconds[^)]*)' "$OUT/app-$label.log" | head -1)"
}
# CPU seconds (user + system) the app has used so far.
app_cpu() {
  cut -d' ' -f14,15 "/proc/$APP_PID/stat" | awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($1 + $2) / hz }'
}
stop_app() {
  kill "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
}

# CPU seconds (user + system) MariaDB has used so far.
db_cpu() {
  cut -d' ' -f14,15 "/proc/$(pgrep -x mariadbd || pgrep -x mysqld)/stat" \
    | awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($1 + $2) / hz }'
}
