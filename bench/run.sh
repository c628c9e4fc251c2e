#!/usr/bin/env bash
# Benchmarks CqpBot against the shared peers (bare ASP.NET Core floor, botbuilder-js echo) in one run, then plays
# whole interviews to see whether memory stays flat, and writes docs/benchmarks.md.
# Usage: bench/run.sh [--seconds N] [--interviews N] [--store sqlite|postgres] [--db-delay-ms MS]
#   --store postgres uses CQPBOT_BENCH_POSTGRES if set; otherwise a fresh database, dropped afterwards, on the local
#   server that .ci/postgres.sh sets up (cqpbot/cqpbot on 127.0.0.1:5432; needs psql), without TLS on the loopback.
#   --db-delay-ms (local server only): CqpBot reaches it through bench/delay-proxy.py, which holds every chunk MS
#   milliseconds each way (a database one network hop away); the table gets its own section.
#   CQPBOT_BENCH_HARNESS: the shared harness folder (default ../shared/bench from the repository, else /work/shared/bench).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECONDS_PER_TARGET=10; INTERVIEWS=10000; STORE=sqlite; DB_DELAY_MS=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) SECONDS_PER_TARGET="$2"; shift 2 ;;
    --interviews) INTERVIEWS="$2"; shift 2 ;;
    --store) STORE="$2"; shift 2 ;;
    --db-delay-ms) DB_DELAY_MS="$2"; shift 2 ;;
    *) sed -n '2,9p' "$0" >&2; exit 64 ;;
  esac
done
HARNESS="${CQPBOT_BENCH_HARNESS:-}"
for candidate in "$ROOT/../shared/bench" "/work/shared/bench"; do
  [[ -z "$HARNESS" && -x "$candidate/compare.sh" ]] && HARNESS="$candidate"
done
[[ -x "$HARNESS/compare.sh" ]] || { echo "run.sh: shared harness not found (set CQPBOT_BENCH_HARNESS)" >&2; exit 1; }

WORK="$(mktemp -d /tmp/cqpbot-bench.XXXXXX)"
BOT_PID=""
BENCH_DB=""
PROXY_PID=""
cleanup() {
  [[ -n "$BOT_PID" ]] && kill "$BOT_PID" 2>/dev/null && wait "$BOT_PID" 2>/dev/null || true
  [[ -n "$PROXY_PID" ]] && kill "$PROXY_PID" 2>/dev/null && wait "$PROXY_PID" 2>/dev/null || true
  [[ -n "$BENCH_DB" ]] && PGPASSWORD=cqpbot psql -h 127.0.0.1 -U cqpbot -d postgres -qc "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK" # the build, the database and the logs of this run
}
trap cleanup EXIT INT TERM

echo "run.sh: building CqpBot (Release) into $WORK/app" >&2
dotnet publish "$ROOT/src/CqpBot" -c Release -r linux-x64 --self-contained false -o "$WORK/app" --nologo -v q >"$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log" >&2; exit 1; }
# The compiler and MSBuild servers the build leaves running would share the 2 cores with the start-up being timed.
dotnet build-server shutdown >/dev/null 2>&1 || true

export ASPNETCORE_URLS="http://127.0.0.1:3978" Dialogs__Path="$ROOT/dialogs"
case "$STORE" in
  sqlite) export Storage__Provider=Sqlite Storage__Sqlite__Path="$WORK/data/cqpbot.db" ;;
  postgres)
    if [[ -z "${CQPBOT_BENCH_POSTGRES:-}" ]]; then
      BENCH_DB="cqpbot_bench_$$"
      PGPASSWORD=cqpbot psql -h 127.0.0.1 -U cqpbot -d postgres -qc "CREATE DATABASE $BENCH_DB" >/dev/null \
        || { echo "run.sh: no local PostgreSQL (run: bash .ci/postgres.sh) and CQPBOT_BENCH_POSTGRES not set" >&2; exit 1; }
      PORT=5432
      if [[ -n "$DB_DELAY_MS" ]]; then
        PORT=5433
        python3 "$ROOT/bench/delay-proxy.py" "$DB_DELAY_MS" "$PORT" 5432 &
        PROXY_PID=$!
        sleep 0.5
        STORE_LABEL="postgres-delay-${DB_DELAY_MS}ms"
      fi
      CQPBOT_BENCH_POSTGRES="Host=127.0.0.1;Port=$PORT;Username=cqpbot;Password=cqpbot;Database=$BENCH_DB;SSL Mode=Disable"
    elif [[ -n "$DB_DELAY_MS" ]]; then
      echo "run.sh: --db-delay-ms works with the local server only (unset CQPBOT_BENCH_POSTGRES)" >&2; exit 64
    fi
    export Storage__Provider=Postgres Storage__Postgres__ConnectionString="$CQPBOT_BENCH_POSTGRES" ;;
  *) echo "run.sh: --store is sqlite or postgres" >&2; exit 64 ;;
esac
mkdir -p "$WORK/data"

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$BOT_PID/status"; }
# Bytes the store's data takes, its write-ahead log left out on both: the SQLite file once its WAL is checkpointed into
# it (the bot is idle then), or the local PostgreSQL database (not measured on another server).
store_bytes() {
  case "$STORE" in
    sqlite) python3 -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("PRAGMA wal_checkpoint(TRUNCATE)")' "$WORK/data/cqpbot.db" \
      && stat -c %s "$WORK/data/cqpbot.db" || true ;;
    postgres) [[ -n "$BENCH_DB" ]] && PGPASSWORD=cqpbot psql -h 127.0.0.1 -U cqpbot -d "$BENCH_DB" -Atqc "SELECT pg_database_size(current_database())" || true ;;
  esac
}

START_NS=$(date +%s%N)
"$WORK/app/CqpBot" >"$WORK/cqpbot.log" 2>&1 &
BOT_PID=$!
until [[ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:3978/healthz || true)" == 200 ]]; do
  kill -0 "$BOT_PID" 2>/dev/null || { cat "$WORK/cqpbot.log" >&2; exit 1; }
  (( ($(date +%s%N) - START_NS) / 1000000000 < 60 )) || { echo "run.sh: no 200 on /healthz within 60 s" >&2; exit 1; }
  sleep 0.02
done
STARTUP_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
echo "run.sh: ready in ${STARTUP_MS} ms (first 200 on /healthz)" >&2

"$HARNESS/compare.sh" --target http://127.0.0.1:3978/api/messages --target-pid "$BOT_PID" --seconds "$SECONDS_PER_TARGET" \
  --turns "$ROOT/bench/turns-accueil.txt" --json "$WORK/compare.json" | tee "$WORK/compare.txt"

# Second phase: whole interviews, each its own conversation; the state must live in the store, not in the process.
RSS_BEFORE=$(rss_kb)
STORE_BEFORE=$(store_bytes)
FINISH=$(node "$ROOT/bench/finish-interviews.js" http://127.0.0.1:3978/api/messages "$ROOT/bench/turns-accueil.txt" "$INTERVIEWS" 32)
RSS_AFTER=$(rss_kb)
STORE_AFTER=$(store_bytes)
GROWTH=()
[[ -n "$STORE_BEFORE" && -n "$STORE_AFTER" ]] && GROWTH=(--store-growth-bytes "$((STORE_AFTER - STORE_BEFORE))")
echo "run.sh: $FINISH; working set ${RSS_BEFORE} kB before, ${RSS_AFTER} kB after" >&2

python3 "$ROOT/bench/write_table.py" "$WORK/compare.json" "$ROOT/docs/benchmarks.md" \
  --store "${STORE_LABEL:-$STORE}" --startup-ms "$STARTUP_MS" --rss-before-kb "$RSS_BEFORE" --rss-after-kb "$RSS_AFTER" --finish "$FINISH" "${GROWTH[@]}"
echo "run.sh: wrote docs/benchmarks.md" >&2
