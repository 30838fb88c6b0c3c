#!/usr/bin/env bash
# Installs MariaDB and Redis from Debian packages when missing, starts them when not running, and
# creates the app database and user. Idempotent: a rerun on a ready machine takes a fraction of a second.
set -euo pipefail
LOGDIR="${LOGDIR:-/tmp}"
export DEBIAN_FRONTEND=noninteractive

if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ] || ! command -v redis-server >/dev/null 2>&1; then
  apt-get update -qq
  apt-get install -y -qq mariadb-server redis-server >/dev/null
fi

[ -d /var/lib/mysql/mysql ] || mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null
install -d -o mysql -g mysql /run/mysqld
if ! mariadb-admin --silent ping >/dev/null 2>&1; then
  start-stop-daemon --start --oknodo --background --make-pidfile --pidfile "$LOGDIR/mariadbd.pid" \
    --exec /usr/sbin/mariadbd -- --user=mysql --bind-address=127.0.0.1 --port=3306 \
    --log-error="$LOGDIR/mariadb.err"
fi
for _ in $(seq 1 150); do mariadb-admin --silent ping >/dev/null 2>&1 && break; sleep 0.2; done
mariadb-admin --silent ping

# The app user owns `app` and may create throw-away databases `app_it_*` for integration tests.
mariadb <<'SQL'
CREATE DATABASE IF NOT EXISTS app CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'app'@'localhost' IDENTIFIED BY 'app';
CREATE USER IF NOT EXISTS 'app'@'127.0.0.1' IDENTIFIED BY 'app';
GRANT ALL PRIVILEGES ON app.* TO 'app'@'localhost';
GRANT ALL PRIVILEGES ON app.* TO 'app'@'127.0.0.1';
GRANT ALL PRIVILEGES ON `app\_it\_%`.* TO 'app'@'localhost';
GRANT ALL PRIVILEGES ON `app\_it\_%`.* TO 'app'@'127.0.0.1';
SQL

if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --pidfile "$LOGDIR/redis.pid" --logfile "$LOGDIR/redis.log"
fi
for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null
echo "services: MariaDB and Redis are up on 127.0.0.1"
