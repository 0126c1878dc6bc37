#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster:
#
#   scripts/with-postgres.sh <command...>
#
# Creates a cluster in a fresh temporary directory (initdb), starts it on a free localhost
# port (and a Unix socket in that directory), creates the database `loanshare_test`, exports
# LOANSHARE_TEST_POSTGRES_URL=postgres://loanshare@127.0.0.1:PORT/loanshare_test (and
# PGHOST/PGPORT/PGUSER/PGDATABASE for psql), runs the command, then stops the cluster and
# removes the directory, also on failure or interrupt. Exits with the command's status.
#
# PostgreSQL refuses to run as root: as root the server runs as the unprivileged user
# `postgres` (created if missing; LOANSHARE_PG_USER names another), the command itself as
# the caller. Needs the server binaries (initdb, pg_ctl) on PATH or in
# /usr/lib/postgresql/*/bin (Debian: apt-get install postgresql). The cluster trusts local
# connections: it is for tests only.
set -euo pipefail

if [ "$#" -eq 0 ]; then
	echo "usage: $0 <command...>" >&2
	exit 2
fi

# The server binaries: pg_ctl's real directory (PATH may hold only links to some of them),
# else Debian's newest versioned directory.
pg_bin=""
if command -v pg_ctl >/dev/null 2>&1; then
	pg_bin="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"
fi
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ] || [ ! -x "$pg_bin/createdb" ]; then
	pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
	if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
		echo "with-postgres: initdb/pg_ctl not found (apt-get install postgresql)" >&2
		exit 127
	fi
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/loanshare-pg.XXXXXX")"
chmod 755 "$work"
data="$work/data"
log="$work/server.log"
started=""

# Runs a PostgreSQL tool as the server's user: ourselves, or `postgres` when we are root.
if [ "$(id -u)" -eq 0 ]; then
	pg_user="${LOANSHARE_PG_USER:-postgres}"
	if ! id "$pg_user" >/dev/null 2>&1; then
		useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user"
	fi
	chown "$pg_user" "$work"
	as_pg() { (cd "$work" && runuser -u "$pg_user" -- "$@"); }
else
	as_pg() { (cd "$work" && "$@"); }
fi

cleanup() {
	local status=$?
	if [ -n "$started" ]; then
		as_pg "$pg_bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$work"
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_pg "$pg_bin/initdb" -D "$data" -U loanshare --auth=trust -E UTF8 --locale=C.UTF-8 \
	--no-sync >"$work/initdb.log" 2>&1 || {
	cat "$work/initdb.log" >&2
	exit 1
}

# A free port: pick random ones until one is closed and the server starts on it.
port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for _ in $(seq 1 20); do
	port=$((20000 + RANDOM % 40000))
	port_is_free "$port" || continue
	if as_pg "$pg_bin/pg_ctl" -D "$data" -l "$log" -w -t 60 start -o "-p $port -k $work \
		-c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off \
		-c synchronous_commit=off -c full_page_writes=off" >/dev/null; then
		started=1
		break
	fi
done
if [ -z "$started" ]; then
	echo "with-postgres: the server did not start; its log:" >&2
	cat "$log" >&2 || true
	exit 1
fi

as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U loanshare loanshare_test

export LOANSHARE_TEST_POSTGRES_URL="postgres://loanshare@127.0.0.1:$port/loanshare_test"
export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=loanshare PGDATABASE=loanshare_test
echo "with-postgres: PostgreSQL $("$pg_bin/pg_ctl" --version | awk '{print $3}') at" \
	"$LOANSHARE_TEST_POSTGRES_URL" >&2

set +e
"$@"
status=$?
set -e
exit "$status"
