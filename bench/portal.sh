# Sourced by bench/run.sh and bench/profile.sh: starts the portal as `dotnet run` starts it (Release build, demo
# data) on port $port with a data folder of its own ($data), stopped and removed when the script exits; waits
# until it is ready. Sets $data and $portal (the portal's process id).
data=$(mktemp -d)
(cd src/BKK.Portal.Web && ASPNETCORE_ENVIRONMENT=Benchmark exec dotnet bin/Release/net10.0/BKK.Portal.Web.dll \
   --urls "http://127.0.0.1:$port" --Database:DataDirectory="$data" --DevIdentity:DataDirectory="$data" \
   --Demo:Seed=true --DevIdentity:Enabled=true --Logging:Directory="$data/logs" >"$data/portal.out" 2>&1) &
portal=$!
trap 'kill $portal 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
