#!/usr/bin/env bash
# `npm test`: lint, types, schema drift, unit and integration tests on SQLite and on PostgreSQL,
# end-to-end tests in Chromium through the real login. Prints one closing line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .test-reports; rm -f .test-reports/*.json
export NEXT_TELEMETRY_DISABLED=1

need_root_install() {
  local what=$1 package=$2
  if [ "$(id -u)" = 0 ]; then
    echo "[test] $what manca: installo il pacchetto Debian '$package'…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package") >/tmp/fascicolo-apt.log 2>&1 || {
      echo "[test] installazione di $package non riuscita: vedi /tmp/fascicolo-apt.log"; exit 1; }
  else
    echo "[test] $what manca. Installalo con: sudo apt-get install $package"; exit 1
  fi
}
[ -x /usr/bin/chromium ] || need_root_install "Chromium" chromium
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_root_install "PostgreSQL" postgresql

failed_steps=()
step() {
  local name=$1; shift
  echo; echo "=== $name"
  if ! "$@"; then failed_steps+=("$name"); fi
}

step "lint" npx eslint . --max-warnings 0
step "types" npx tsc --noEmit
step "PostgreSQL schema generated from the single schema" node scripts/pg-schema.mjs --check
step "lockfile complete for npm ci" node scripts/lockfile-optional-platforms.mjs --check
step "unit and integration (SQLite)" npx vitest run --reporter=default --reporter=json --outputFile.json=.test-reports/vitest-sqlite.json

eval "$(bash scripts/pg-throwaway.sh start)" && pg_started=1 || pg_started=0
if [ "$pg_started" = 1 ]; then
  trap 'bash scripts/pg-throwaway.sh stop' EXIT
  step "integration (PostgreSQL)" env TEST_PG_URL="$DATABASE_URL" npx vitest run integration --reporter=default --reporter=json --outputFile.json=.test-reports/vitest-postgresql.json
  unset DATABASE_URL
else
  failed_steps+=("PostgreSQL throwaway cluster")
fi

step "end-to-end (Chromium)" npx playwright test

echo
node scripts/test-summary.mjs .test-reports/vitest-sqlite.json .test-reports/vitest-postgresql.json .test-reports/e2e.json "${#failed_steps[@]}"
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "Passi non riusciti: ${failed_steps[*]}"
  exit 1
fi
