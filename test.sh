#!/usr/bin/env bash
# The test command: installs what the tests need (Debian chromium for the browser
# tests, redis-server for the chat across two instances, docker-compose to check
# docker-compose.yml), checks the compose file, builds,
# writes the SQL Server migration script, then runs every test in the solution and
# ends with one summary line.
set -euo pipefail
cd "$(dirname "$0")"

# A browser for Playwright. Never `playwright install`: browser downloads fail here.
if [ -z "${BKK_CHROMIUM_PATH:-}" ]; then
  if ! command -v chromium >/dev/null 2>&1; then
    echo "test.sh: installing Debian chromium for the browser tests"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  export BKK_CHROMIUM_PATH="$(command -v chromium)"
fi

# Debian's redis-server: the chat tests start it on a loopback port as the SignalR backplane of two portal processes.
if [ -z "${BKK_REDIS_SERVER:-}" ]; then
  if ! command -v redis-server >/dev/null 2>&1 && [ ! -x /usr/bin/redis-server ]; then
    echo "test.sh: installing Debian redis-server for the chat tests"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
    # Only the binary is needed: the package's own service (on the default port) is not.
    $sudo_cmd systemctl disable --now redis-server >/dev/null 2>&1 || $sudo_cmd service redis-server stop >/dev/null 2>&1 || true
  fi
  export BKK_REDIS_SERVER="$(command -v redis-server || echo /usr/bin/redis-server)"
fi

# Every test host writes its log files here; the last step reads them all.
export BKK_TEST_LOG_DIR="${BKK_TEST_LOG_DIR:-$PWD/test-results/logs}"
rm -rf "$BKK_TEST_LOG_DIR" && mkdir -p "$BKK_TEST_LOG_DIR"

# The production topology: docker-compose.yml must load with the variables of .env.example,
# and refuse to load without a required one. No container engine is needed for this.
if ! command -v docker-compose >/dev/null 2>&1; then
  echo "test.sh: installing Debian docker-compose to check docker-compose.yml"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
fi
mkdir -p test-results
cp .env.example test-results/compose.env
if ! docker-compose -f docker-compose.yml --env-file test-results/compose.env config -q; then
  echo "test.sh: docker-compose.yml is not valid with .env.example" >&2
  exit 1
fi
# What the security review asked of the topology: the synthetic-user provider in the "test" profile only, the
# portals on their own database login (not sa), the Data Protection keys encrypted with a certificate.
docker-compose -f docker-compose.yml --env-file test-results/compose.env config | /usr/bin/python3 deploy/check-compose.py
grep -v '^OIDC_AUTHORITY=' .env.example > test-results/compose-incomplete.env
if env -u OIDC_AUTHORITY docker-compose -f docker-compose.yml --env-file test-results/compose-incomplete.env config -q 2>/dev/null; then
  echo "test.sh: docker-compose.yml loads without OIDC_AUTHORITY; required variables must use \${VAR:?message}" >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build BKK.Portal.sln -c Release --nologo -v quiet

# The idempotent SQL Server migration script (docs/operations.md), from the migrations just built.
dotnet tool restore >/dev/null
rm -f test-results/sqlserver-migrations.sql
dotnet ef migrations script --idempotent --no-build --configuration Release \
  --project src/BKK.Portal.Migrations.SqlServer --startup-project src/BKK.Portal.Migrations.SqlServer \
  -o test-results/sqlserver-migrations.sql
if [ ! -s test-results/sqlserver-migrations.sql ]; then
  echo "test.sh: dotnet ef wrote no SQL Server migration script (test-results/sqlserver-migrations.sql)" >&2
  exit 1
fi

out=test-results/test-output.txt
status=0
# One project at a time keeps the two cores of this machine for one host at a time.
dotnet test BKK.Portal.sln -c Release --no-build --nologo -m:1 \
  --filter "Category!=LogAudit&Category!=Timing" 2>&1 | tee "$out" || status=1
# Tests that measure when requests arrive, in a test process of their own: nothing else's hosts share its thread pool.
dotnet test tests/BKK.Portal.Web.Tests -c Release --no-build --nologo \
  --filter "Category=Timing" 2>&1 | tee -a "$out" || status=1
# After everything else: no national identity number, e-mail or IP address in any log.
dotnet test tests/BKK.Portal.Web.Tests -c Release --no-build --nologo \
  --filter "Category=LogAudit" 2>&1 | tee -a "$out" || status=1

passed=$(grep -oE 'Passed: +[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')
echo
echo "Tests: ${passed} passed, ${failed} failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
