# Sourced by bench/run.sh and bench/profile.sh. `start_portal DIR PORT` starts the portal of the source tree DIR as
# `dotnet run` starts it (its Release build, demo data) on PORT (and settings after it) with a data folder of its own, stopped and removed
# when the script exits, and waits until it is ready; it sets $data and $portal (the process id). Sourcing this file
# with $port set starts the portal of this checkout, as before. `stop_portals` stops them all and removes their data
# folders; it is the EXIT trap (a script that needs more at exit calls it from its own trap).
portal_pids=()
portal_dirs=()
stop_portals() {
  for p in "${portal_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for d in "${portal_dirs[@]}"; do rm -rf "$d"; done
}
trap stop_portals EXIT
start_portal() {
  local dir=$1 at=$2
  shift 2 # any further arguments are settings of this portal (--Section:Key=value)
  data=$(mktemp -d)
  (cd "$dir/src/BKK.Portal.Web" && ASPNETCORE_ENVIRONMENT=Benchmark exec dotnet bin/Release/net10.0/BKK.Portal.Web.dll \
     --urls "http://127.0.0.1:$at" --Database:DataDirectory="$data" --DevIdentity:DataDirectory="$data" \
     --Demo:Seed=true --DevIdentity:Enabled=true --Logging:Directory="$data/logs" "$@" >"$data/portal.out" 2>&1) &
  portal=$!
  portal_pids+=("$portal")
  portal_dirs+=("$data")
  for _ in $(seq 1 90); do
    curl -fs "http://127.0.0.1:$at/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "The portal of $dir did not get ready on port $at; its output is in $data/portal.out" >&2
  return 1
}
if [ -n "${port:-}" ]; then
  start_portal . "$port"
fi
