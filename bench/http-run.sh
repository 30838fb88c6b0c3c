#!/usr/bin/env bash
# BENCH ONLY. The HTTP benchmarks alone, on the database a run.sh run left behind: starts the
# simulated panel and the app (timed like every start; job workers off, so that no lifecycle job
# writes to the fresh panel meanwhile), runs http.sh, stops both.
# Usage: bench/http-run.sh bench/target/run-<time>   (the directory with that run's sub-url)
set -euo pipefail
set -f
source "$(dirname "$0")/env.sh"
OUT=$(cd "$1" && pwd)
: > "$OUT/pids"
trap 'while read -r pid; do kill "$pid" 2>/dev/null || true; done < "$OUT/pids"; wait 2>/dev/null || true' EXIT
trap "exit 130" INT TERM
log "http-run: $(nproc) cores, $(uptime), JAVA_OPTS='$JAVA_OPTS'"
java -cp "$LIB/*" "$BENCH_DIR/src/SimPanel.java" "$PANEL_PORT" "$PANEL_LATENCY_MS" >> "$OUT/panel.log" 2>&1 &
echo $! >> "$OUT/pids"
( while :; do
    pid=$(cat "$OUT/app.pid" 2>/dev/null || echo 0)
    echo "$(date +%s%N) $(ps -o rss= -p "$pid" 2>/dev/null || echo 0)"; sleep 0.2
  done ) > "$OUT/rss-http.txt" &
echo $! >> "$OUT/pids"
start_app http --app.jobs.enabled=false
"$BENCH_DIR/http.sh" "$OUT"
log "RSS max during HTTP benchmarks: $(awk '{ if ($2 > m) m = $2 } END { printf "%d MiB", m / 1024 }' "$OUT/rss-http.txt"); $(jcmd "$APP_PID" GC.heap_info 2>/dev/null | sed -n 2p)"
stop_app
