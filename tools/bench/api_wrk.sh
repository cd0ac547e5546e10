#!/usr/bin/env bash
# REST API load test on loopback with wrk (Debian package `wrk`): GET /health and an authenticated
# recordings page, each for DURATION seconds with CONNECTIONS connections on THREADS wrk threads.
# Usage: tools/bench/api_wrk.sh EDF_FILE [DURATION=20] [CONNECTIONS=32] [THREADS=2]
# Starts `./brrr serve` on a fresh database in a temporary folder (no rate limit), adds one admin,
# uploads EDF_FILE 25 times, then prints wrk's figures (requests/s, latency percentiles), each run preceded by
# the load average and followed by the server's CPU time per request (utime+stime from /proc, Linux only) and
# the time its threads spent runnable but waiting for a core, per request (schedstat: the scheduler's share of the tail).
# Environment: SERVE_ARGS adds `brrr serve` options (e.g. SERVE_ARGS="--threads 8"); BRRR_JAVA_OPTS JVM options.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
file="$1"; duration="${2:-20}"; conns="${3:-32}"; threads="${4:-2}"
tmp="$(mktemp -d)"; port=18765; base="http://127.0.0.1:$port/api/v1"
printf 'staple battery 1\n' | "$root/brrr" users add --username bench --role admin --password-stdin --db "$tmp/b.db" >/dev/null
"$root/brrr" serve --db "$tmp/b.db" --port "$port" --rate-limit 0 ${SERVE_ARGS:-} >"$tmp/serve.out" 2>"$tmp/serve.err" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 1 120); do grep -q "^http" "$tmp/serve.out" 2>/dev/null && break; sleep 0.5; done
token="$(curl -s -X POST -d 'grant_type=password&username=bench&password=staple battery 1' "$base/auth/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')"
for _ in $(seq 1 25); do
  curl -s -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/octet-stream' \
    --data-binary @"$file" "$base/recordings?filename=$(basename "$file")"
done
wrk -t"$threads" -c"$conns" -d5s "$base/health" >/dev/null            # warm-up (JIT)
wrk -t"$threads" -c"$conns" -d5s -H "Authorization: Bearer $token" "$base/recordings?page=2&size=10" >/dev/null
# The server's CPU seconds (clock ticks) and the figures of one wrk run: less disturbed by other load than latency.
ticks() { [ -r "/proc/$server/stat" ] && awk '{print $14+$15}' "/proc/$server/stat" || echo 0; }
waited() { cat /proc/"$server"/task/*/schedstat 2>/dev/null | awk '{w += $2} END {printf "%.0f\n", w}'; }
measure() {
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
  local before wait0 out requests
  before=$(ticks); wait0=$(waited)
  out="$(wrk -t"$threads" -c"$conns" -d"${duration}s" --latency "$@")"
  echo "$out"
  requests=$(echo "$out" | grep -oE '^ *[0-9]+ requests in' | grep -oE '[0-9]+' | head -1)
  if [ -n "$requests" ] && [ "$requests" -gt 0 ]; then
    echo "server CPU per request: $(( ($(ticks) - before) * 1000000 / $(getconf CLK_TCK) / requests )) us," \
      "runqueue wait per request: $(( ($(waited) - wait0) / 1000 / requests )) us"
  fi
}
echo "== GET /health"
measure "$base/health"
echo "== GET /recordings?page=2&size=10 (Bearer JWT, 25 recordings)"
measure -H "Authorization: Bearer $token" "$base/recordings?page=2&size=10"
