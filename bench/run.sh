#!/usr/bin/env bash
# Runs the benchmarks of docs/performance.md on this machine and prints their tables:
# the import against sqlite3, the price import, the year computation, and the Forbruk page under load (wrk).
# `bench/run.sh prices` runs only the price import (a year of quarter-hours for the five areas).
# `bench/run.sh load` runs only the load benchmarks (the Forbruk page against a minimal page, and the
# overview, Forbruk and Fakturaer pages with the portal's memory); `bench/run.sh soak [MINUTES]` runs the
# soak (10 minutes by default). `bench/run.sh chat [SECONDS]` runs the live chat under load (200 chats, 2 minutes). `bench/run.sh notify` runs the messages benchmark (a notice to 50,000 metering points, dispatch against a 100 SMS/s gateway). `bench/run.sh api` runs the API benchmark (a month through the API against the CSV export, a year streamed with the memory sampled). `bench/run.sh scale [POINTS]` fills a database to 1,000 metering points with three years of values and compares the pages on it with the demo's eight (docs/scaling.md). `bench/run.sh compare REV` puts the logged-in pages of the commit REV and of this
# checkout under the same load in alternating rounds (both warmed up first) and prints their ratio: a before and an
# after from one run, on a machine whose speed drifts by a third within minutes.
# Needs sqlite3 and wrk (apt-get install -y sqlite3 wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in sqlite3 wrk; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool: apt-get install -y $tool" >&2; exit 2; }
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build bench/BKK.Portal.Bench -c Release --nologo -v quiet
dotnet build src/BKK.Portal.Web -c Release --nologo -v quiet
bench_dll=bench/BKK.Portal.Bench/bin/Release/net10.0/BKK.Portal.Bench.dll

mode=${1:-all}
if [ "$mode" = compare ]; then
  rev=${2:?bench/run.sh compare REV: the commit to compare with}
  before=$(mktemp -d)
  git worktree add --detach "$before" "$rev" >/dev/null
  trap 'git worktree remove --force "$before" >/dev/null 2>&1 || true' EXIT
  dotnet build "$before/src/BKK.Portal.Web" -c Release --nologo -v quiet
  # shellcheck source=bench/portal.sh
  . bench/portal.sh
  trap 'stop_portals; git worktree remove --force "$before" >/dev/null 2>&1 || true' EXIT
  start_portal "$before" 5201
  start_portal . 5199
  dotnet "$bench_dll" compare "$rev" http://127.0.0.1:5201 http://127.0.0.1:5199
  exit 0
fi

if [ "$mode" = chat ]; then
  # The live chat on one instance (docs/performance.md): always open, and a per-connection limit above the 1 message a
  # second each chat sends (the limit is not what is measured).
  # shellcheck source=bench/portal.sh
  . bench/portal.sh
  # All 200 visitors come from one address here: the per-address limit on form posts is raised too.
  start_portal . 5198 --Chat:AlwaysOpen=true --Chat:MessagesPerWindow=10 --RateLimits:FormPostsPerMinute=100000
  dotnet "$bench_dll" chat http://127.0.0.1:5198 "${2:-120}"
  exit 0
fi

if [ "$mode" = scale ]; then
  # A database with POINTS metering points (1,000 by default), each with three years of quarter-hour values, filled
  # through the portal's import; then the logged-in pages of a portal on it and of a portal with the demo's eight
  # metering points, in alternating rounds (docs/scaling.md). Needs about 3 GB of disk per 1,000 metering points.
  points=${2:-1000}
  # shellcheck source=bench/portal.sh
  . bench/portal.sh
  start_portal . 5195 # made and seeded by the portal itself, then stopped and filled
  big=$data
  kill "$portal"; wait "$portal" 2>/dev/null || true
  dotnet "$bench_dll" scale "$big/portal.db" "$points"
  echo
  start_portal . 5195 --Database:DataDirectory="$big"
  start_portal . 5194
  dotnet "$bench_dll" compare "the demo's 8 metering points" http://127.0.0.1:5194 http://127.0.0.1:5195
  exit 0
fi

if [ "$mode" = api ]; then
  # The API (docs/performance.md, issue 20): a month of values through /api/v1 against the CSV export of the same month,
  # and a year streamed while the portal's memory is sampled. The limits are raised: they are not what is measured.
  # shellcheck source=bench/portal.sh
  . bench/portal.sh
  start_portal . 5193 --RateLimits:ExportsPerHour=100000000 --Api:CallsPerMinute=100000000
  dotnet "$bench_dll" api http://127.0.0.1:5193 "$portal"
  exit 0
fi

if [ "$mode" = notify ]; then
  # Messages (docs/performance.md): a notice to 50,000 metering points into the outbox, and the dispatcher against a 100 SMS/s gateway.
  dotnet "$bench_dll" notify
  exit 0
fi

case "$mode" in load|soak) ;; prices) dotnet "$bench_dll" prices; exit 0 ;; *) dotnet "$bench_dll" import; echo; dotnet "$bench_dll" prices; echo; dotnet "$bench_dll" year; echo ;; esac

# The portal as `dotnet run` starts it (Release build, demo data), on a port of its own.
port=5199
# shellcheck source=bench/portal.sh
. bench/portal.sh
if [ "$mode" = soak ]; then
  dotnet "$bench_dll" soak "http://127.0.0.1:$port" "$portal" "${2:-10}"
else
  dotnet "$bench_dll" load "http://127.0.0.1:$port" "$data/portal.db"
  echo
  dotnet "$bench_dll" pages "http://127.0.0.1:$port" "$portal"
fi
