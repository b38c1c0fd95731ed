#!/usr/bin/env bash
# Profiles one logged-in page under load: `bench/profile.sh [PATH]` (default `/`, the overview; `forbruk` for the
# Forbruk month view of the load benchmark) starts the portal as
# bench/run.sh does (Release, demo data), logs in as Kari, puts the page under wrk for 20 s while dotnet-trace
# samples the CPU, and prints the methods that took the most time (inclusive and exclusive).
# Needs wrk, and dotnet-trace (`dotnet tool install -g dotnet-trace`).
set -euo pipefail
cd "$(dirname "$0")/.."
path=${1:-/}
command -v wrk >/dev/null || { echo "bench/profile.sh needs wrk: apt-get install -y wrk" >&2; exit 2; }
trace_tool=$(command -v dotnet-trace || echo "$HOME/.dotnet/tools/dotnet-trace")
[ -x "$trace_tool" ] || { echo "bench/profile.sh needs dotnet-trace: dotnet tool install -g dotnet-trace" >&2; exit 2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build bench/BKK.Portal.Bench -c Release --nologo -v quiet
dotnet build src/BKK.Portal.Web -c Release --nologo -v quiet
bench_dll=bench/BKK.Portal.Bench/bin/Release/net10.0/BKK.Portal.Bench.dll
port=5198
# shellcheck source=bench/portal.sh
. bench/portal.sh
cookie=$(dotnet "$bench_dll" cookie "http://127.0.0.1:$port")
# `forbruk` is the Forbruk month view of the load benchmark (Kari's quarter-hour metering point, last month).
[ "$path" = forbruk ] && path=$(dotnet "$bench_dll" forbruk "http://127.0.0.1:$port")
echo "Profiling $path"
wrk -t1 -c8 -d5s -H "Cookie: $cookie" "http://127.0.0.1:$port$path" >/dev/null # warm up
"$trace_tool" collect -p "$portal" --profile dotnet-sampled-thread-time --duration 00:00:00:20 -o "$data/page.nettrace" >/dev/null &
tracer=$!
sleep 2
wrk -t1 -c8 -d16s -H "Cookie: $cookie" "http://127.0.0.1:$port$path"
wait $tracer
# Wall-clock samples: most of them are threads waiting. The portal's own methods (and EF Core's) are the ones to read.
"$trace_tool" report "$data/page.nettrace" topN -n 400 --inclusive | grep -E "Top |BKK\.|EntityFrameworkCore|Sqlite|Razor" | head -60
"$trace_tool" report "$data/page.nettrace" topN -n 40 | grep -vE "Wait|Semaphore|Watcher|Monitor"
