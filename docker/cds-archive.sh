#!/bin/sh
# Builds the class data sharing (CDS) archive the app starts from, for the Dockerfile and any
# deployment that runs the jar itself. Start-up falls from about 20 s to about 8 s on two cores
# (docs/benchmarks.md, "Start-up"): the JVM maps the classes it would otherwise load and verify.
#
#   cds-archive.sh <dir>   # <dir> holds 1000proxy.jar and lib/, as extracted by
#                          # java -Djarmode=tools -jar 1000proxy.jar extract --destination <dir>
# writes <dir>/1000proxy.jsa; run the app with the jar at the same absolute path (the JVM ignores
# an archive made for another class path, and a relative path counts as another):
#   java -XX:SharedArchiveFile=<dir>/1000proxy.jsa -jar <dir>/1000proxy.jar
#
# The training run starts the production context and stops once it is refreshed
# (spring.context.exit=onRefresh), so it needs no database, Redis or secrets: Liquibase runs on an
# in-memory H2, the R2DBC and Redis addresses point at closed ports (nothing connects before the
# context is up), the job workers stay off, and the keys are throwaway values used only here.
# The archive belongs to the JVM that made it and to this jar: rebuild it with either.
set -eu
dir=$(cd "${1:?usage: cds-archive.sh <dir with 1000proxy.jar and lib/>}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$dir/1000proxy.jsa"
java -XX:ArchiveClassesAtExit="$dir/1000proxy.jsa" -Xlog:cds=error -Xlog:cds+dynamic=error \
  -Dspring.context.exit=onRefresh -jar "$dir/1000proxy.jar" \
  --server.port=0 \
  --spring.main.banner-mode=off \
  --spring.liquibase.url='jdbc:h2:mem:cds;DB_CLOSE_DELAY=-1;MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE' \
  --spring.liquibase.user=sa --spring.liquibase.password= \
  --spring.r2dbc.url='r2dbc:mysql://127.0.0.1:9/cds' \
  --spring.data.redis.host=127.0.0.1 --spring.data.redis.port=9 \
  --app.jobs.enabled=false \
  --app.secrets.encryption-key=Y2RzLXRyYWluaW5nLW9ubHktbm90LWEtcmVhbC1rZXk= \
  --app.clients.subscription-token-key=Y2RzLXRyYWluaW5nLW9ubHktbm90LWEtcmVhbC1rZXk= \
  --app.logging.dir="$work" --app.security.audit-log-file="$work/audit.jsonl" \
  > "$work/training.log" 2>&1 || { cat "$work/training.log"; exit 1; }
test -s "$dir/1000proxy.jsa"
echo "CDS archive: $dir/1000proxy.jsa ($(du -h "$dir/1000proxy.jsa" | cut -f1))"
