#!/usr/bin/env bash
# Validates the deployment files without a Docker engine:
#   1. nginx -t on a copy of nginx/nginx.conf whose upstream hosts (app1, app2, only resolvable
#      inside compose's network) are replaced by 127.0.0.1;
#   2. the compose file: `docker compose config` (v2 plugin) or `docker-compose config` (v1), with
#      .env.example as the environment and stand-in secret files; else a YAML parse;
#   3. the Dockerfile: every stage and COPY --from refer to something that exists.
# Needs nginx (apt-get install -y nginx); compose validation is skipped with a note when no client.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0

echo "== nginx -t"
if command -v nginx >/dev/null 2>&1; then
  sed -e 's/server app1:8080/server 127.0.0.1:18081/' -e 's/server app2:8080/server 127.0.0.1:18082/' \
    "$here/nginx/nginx.conf" >"$work/nginx.conf"
  if grep -q 'app[12]:8080' "$work/nginx.conf"; then echo "upstream names not mapped"; exit 1; fi
  nginx -t -c "$work/nginx.conf" -g "error_log $work/error.log;" || status=1
else
  echo "SKIPPED: nginx not installed (apt-get install -y nginx)"; status=1
fi

echo "== compose config"
cp -r "$here/." "$work/compose"
cp "$here/.env.example" "$work/compose/.env"
mkdir -p "$work/compose/secrets"
touch "$work/compose/secrets/jwt-private.pem" "$work/compose/secrets/jwt-public.pem"
if docker compose version >/dev/null 2>&1; then
  (cd "$work/compose" && docker compose -f docker-compose.yml config -q) && echo "docker compose config: OK" || status=1
elif command -v docker-compose >/dev/null 2>&1; then
  # Compose v1 (Debian's docker-compose 1.29) predates the top-level `name:`; v2 reads it.
  sed -i '/^name: /d' "$work/compose/docker-compose.yml"
  (cd "$work/compose" && docker-compose -f docker-compose.yml config -q) && echo "docker-compose (v1) config: OK, top-level name: not checked" || status=1
else
  echo "no compose client: YAML parse only"
  python3 -c 'import sys,yaml; yaml.safe_load(open(sys.argv[1])); print("YAML: OK")' "$here/docker-compose.yml" || status=1
fi

echo "== Dockerfile stages"
stages="$(sed -n 's/^FROM .* AS \([a-z0-9_-]*\)$/\1/p' "$here/Dockerfile")"
for from in $(sed -n 's/.*COPY --from=\([a-z0-9_-]*\).*/\1/p' "$here/Dockerfile" | sort -u); do
  if ! grep -qx "$from" <<<"$stages"; then echo "COPY --from=$from: no such stage"; status=1; fi
done
grep -A1 '^HEALTHCHECK' "$here/Dockerfile" | grep -q 'actuator/health/liveness' || { echo "no liveness HEALTHCHECK"; status=1; }
grep -q '^USER ' "$here/Dockerfile" || { echo "runs as root"; status=1; }
[ "$status" = 0 ] && echo "Dockerfile: OK (stages: $(echo $stages))"

exit "$status"
