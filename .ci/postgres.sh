#!/usr/bin/env bash
# A PostgreSQL server for the storage tests: listening on 127.0.0.1:5432 only, role cqpbot/cqpbot (LOGIN, CREATEDB).
# Idempotent; needs root or sudo; works without systemd (pg_ctlcluster, or pg_ctl on a cluster of its own).
set -euo pipefail

PORT=5432
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sudo -u postgres sh -c "$*"; fi; }
ready() { pg_isready -q -h 127.0.0.1 -p "$PORT"; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "postgres: installing PostgreSQL (apt)"
    as_root apt-get update -qq
    # Debian's postinst creates the "main" cluster but, without systemd, does not keep it running: started below.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-client >/dev/null
fi

VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
BIN=/usr/lib/postgresql/$VERSION/bin

if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "$VERSION/main"; then
    as_root pg_createcluster "$VERSION" main --port "$PORT" >/dev/null
fi

# Tests only: loopback, no other address. Debian's own default ("localhost") also binds ::1, hence the restart on change.
CONF=/etc/postgresql/$VERSION/main
BEFORE=$(md5sum "$CONF/postgresql.conf")
as_root sed -i -E "s/^#?listen_addresses\s*=.*/listen_addresses = '127.0.0.1'/; s/^#?port\s*=.*/port = $PORT/" "$CONF/postgresql.conf"
as_root install -d -o postgres -g postgres /var/run/postgresql
if [ "$BEFORE" != "$(md5sum "$CONF/postgresql.conf")" ] && pg_lsclusters -h | grep -q "^$VERSION \+main .* online"; then
    echo "postgres: restarting cluster $VERSION/main for its new listen address"
    as_root pg_ctlcluster "$VERSION" main restart
fi

if ! ready; then
    echo "postgres: starting cluster $VERSION/main on 127.0.0.1:$PORT"
    if ! as_root pg_ctlcluster "$VERSION" main start; then
        # Where pg_ctlcluster refuses (no systemd, odd init), pg_ctl runs the same cluster directly.
        as_postgres "$BIN/pg_ctl -D /var/lib/postgresql/$VERSION/main -o '-c config_file=$CONF/postgresql.conf' -l /tmp/postgresql-$VERSION-main.log -w start"
    fi
fi

for _ in $(seq 1 60); do ready && break; sleep 0.5; done
ready || { echo "postgres: the server did not answer on 127.0.0.1:$PORT" >&2; exit 1; }

as_postgres "psql -q -v ON_ERROR_STOP=1 -p $PORT -h /var/run/postgresql -d postgres" <<'SQL'
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cqpbot') THEN
        CREATE ROLE cqpbot LOGIN CREATEDB PASSWORD 'cqpbot';
    ELSE
        ALTER ROLE cqpbot LOGIN CREATEDB PASSWORD 'cqpbot';
    END IF;
END
$$;
SQL
PGPASSWORD=cqpbot psql -q -h 127.0.0.1 -p "$PORT" -U cqpbot -d postgres -c "SELECT 1" >/dev/null
echo "postgres: ready on 127.0.0.1:$PORT (role cqpbot)"
