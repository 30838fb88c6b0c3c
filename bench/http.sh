#!/usr/bin/env bash
# BENCH ONLY. HTTP benchmarks against a running app (bench/run.sh starts it and calls this):
# /sub/{token}, GET /api/v1/server-plans, the bare endpoint /bench/ping (same size as the catalog
# answer) and nginx serving a static file of the /sub answer's size, each at full load and paced
# at half of the full-load rate, ROUNDS times. Needs $OUT/sub-url (written by the pipeline run).
set -euo pipefail
source "$(dirname "$0")/env.sh"
OUT=${1:-$OUT}
ROUNDS=${ROUNDS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-30s}
HALF_CONNECTIONS=${HALF_CONNECTIONS:-16}
RESULTS=$OUT/http-results.tsv
mkdir -p "$OUT/static" "$OUT/nginx/logs"

sub_path=$(sed -E 's#^https?://[^/]+##' "$OUT/sub-url")
curl -fsS "$APP$sub_path" -o "$OUT/sub-body"
curl -fsS "$APP/api/v1/server-plans" -o "$OUT/catalog-body"
sub_bytes=$(stat -c %s "$OUT/sub-body")
catalog_bytes=$(stat -c %s "$OUT/catalog-body")
head -c "$sub_bytes" /dev/zero | tr '\0' 'x' > "$OUT/static/sub.txt"
log "answer sizes: /sub $sub_bytes bytes, catalog $catalog_bytes bytes"

cat > "$OUT/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $OUT/static;
    default_type text/plain;
  }
}
CONF
nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
echo "$NGINX_PID" >> "$OUT/pids"
trap 'kill $NGINX_PID 2>/dev/null || true' EXIT
sleep 1

declare -A URL=(
  [nginx-static]="http://127.0.0.1:$NGINX_PORT/sub.txt"
  [sub]="$APP$sub_path"
  [bare-ping]="$APP/bench/ping?bytes=$catalog_bytes"
  [catalog]="$APP/api/v1/server-plans"
)
ORDER=(nginx-static sub bare-ping catalog)

APP_PID=$(cat "$OUT/app.pid")
cpu_ticks() { # the server's user+system CPU ticks (nginx: master and workers)
  local pids=$APP_PID
  [ "$1" = nginx-static ] && pids="$NGINX_PID $(pgrep -P "$NGINX_PID" | tr '\n' ' ')"
  for pid in $pids; do cut -d' ' -f14,15 "/proc/$pid/stat"; done | awk '{ t += $1 + $2 } END { print t }'
}
# One wrk run; appends the server's CPU time per request (CPU-bound work the server did for each
# answer, which the machine's other tenants do not change much, unlike the rates).
run_wrk() { # name connections duration delay_ms
  local before after result requests
  before=$(cpu_ticks "$1")
  result=$(WRK_DELAY_MS=$4 wrk -t1 -c"$2" -d"$3" -s "$BENCH_DIR/wrk/report.lua" "${URL[$1]}" \
    | grep '^RESULT' | sed 's/^RESULT //')
  after=$(cpu_ticks "$1")
  requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<< "$result")
  echo "$result server_cpu_us_per_req=$(awk -v a="$after" -v b="$before" -v r="$requests" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { if (r > 0) printf "%.0f", (a - b) * 1e6 / hz / r; else print "n/a" }')"
}

field() { sed -E "s/.*$1=([0-9.]+).*/\1/" <<< "$2"; }

echo -e "round\ttarget\tmode\tconnections\tload1\tresult" > "$RESULTS"
for name in "${ORDER[@]}"; do
  log "warm-up $name: $(run_wrk "$name" "$CONNECTIONS" "$WARMUP" 0)"
done
for round in $(seq 1 "$ROUNDS"); do
  for name in "${ORDER[@]}"; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    full=$(run_wrk "$name" "$CONNECTIONS" "$DURATION" 0)
    echo -e "$round\t$name\tfull\t$CONNECTIONS\t$load\t$full" >> "$RESULTS"
    log "round $round $name full (-c$CONNECTIONS, load $load): $full"
    # Half load: HALF_CONNECTIONS connections, each pausing before every request so that together
    # they ask for at most half the full-load rate (pause = connections / (rate/2), whole ms: wrk's
    # timer); the rate actually reached is in the result.
    rps=$(field rps "$full")
    pause=$(awk -v c="$HALF_CONNECTIONS" -v r="$rps" 'BEGIN { printf "%d", c * 1000 / (r / 2) + 0.5 }')
    load=$(cut -d' ' -f1 /proc/loadavg)
    half=$(run_wrk "$name" "$HALF_CONNECTIONS" "$DURATION" "$pause")
    echo -e "$round\t$name\thalf(pause ${pause}ms)\t$HALF_CONNECTIONS\t$load\t$half" >> "$RESULTS"
    log "round $round $name half (-c$HALF_CONNECTIONS pause ${pause}ms, load $load): $half"
  done
done
kill "$NGINX_PID"
wait "$NGINX_PID" 2>/dev/null || true
log "results in $RESULTS"
