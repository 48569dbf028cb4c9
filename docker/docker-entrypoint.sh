#!/bin/sh
# Entrypoint of the registry-free `pgshift-postgres` image that
# build-local-image.sh assembles with debootstrap. It is copied into the image
# as /usr/local/bin/docker-entrypoint.sh and mirrors the parts of the official
# postgres image's contract that pgshift and docker-compose rely on:
#
#   POSTGRES_PASSWORD          superuser password; when set, TCP clients must
#                              authenticate (scram-sha-256 unless
#                              POSTGRES_HOST_AUTH_METHOD says otherwise)
#   POSTGRES_HOST_AUTH_METHOD  pg_hba method for TCP clients; defaults to trust
#                              when no password is given (the official image
#                              refuses to start in that case; we do not)
#   POSTGRES_USER              superuser name (default: postgres)
#   POSTGRES_DB                database created at first start
#                              (default: $POSTGRES_USER, as upstream)
#   POSTGRES_INITDB_ARGS       extra initdb arguments (shell-quoted string)
#   POSTGRES_INITDB_WALDIR     optional separate WAL directory
#   PGDATA                     cluster directory (/var/lib/postgresql/data)
#   *_FILE                     read POSTGRES_PASSWORD/USER/DB/INITDB_ARGS
#                              from a file (docker secrets)
#
# Files in /docker-entrypoint-initdb.d (*.sh, *.sql, *.sql.gz) run once,
# right after initdb, against a socket-only temporary server.
#
# Arguments: `docker run IMAGE -c fsync=off` becomes `postgres -c fsync=off`;
# any other command (bash, psql, ...) is executed as is. The server ends up as
# PID 1 via exec, so `docker stop` reaches it directly. Readiness is signalled
# by postgres' own log line "database system is ready to accept connections":
# on a fresh volume it appears once on stdout (temporary server, started
# through pg_ctl) and once on stderr (the real server), exactly like upstream.
set -eu

PGDATA=${PGDATA:-/var/lib/postgresql/data}
export PGDATA

log() { printf '%s\n' "pgshift-entrypoint: $*"; }
die() { printf '%s\n' "pgshift-entrypoint: error: $*" >&2; exit 1; }

# file_env NAME [DEFAULT]: NAME comes from $NAME, else from the file named by
# $NAME_FILE, else DEFAULT. Only called with fixed, trusted variable names.
file_env() {
	_name=$1
	_default=${2-}
	eval "_value=\${$_name-}"
	eval "_file=\${${_name}_FILE-}"
	if [ -n "$_value" ] && [ -n "$_file" ]; then
		die "both $_name and ${_name}_FILE are set; use only one"
	fi
	if [ -n "$_file" ]; then
		_value=$(cat "$_file") || die "cannot read ${_name}_FILE=$_file"
	elif [ -z "$_value" ]; then
		_value=$_default
	fi
	eval "$_name=\$_value"
	# shellcheck disable=SC2163 # exports the variable named by $_name
	export "$_name"
	unset "${_name}_FILE" _name _default _value _file
}

# quote_args ARG...: print the arguments as one string that a POSIX shell
# parses back into the same words (pg_ctl -o is run through /bin/sh).
quote_args() {
	_out=
	for _arg do
		_q=$(printf '%s' "$_arg" | sed "s/'/'\\\\''/g")
		_out="$_out '$_q'"
	done
	printf '%s' "$_out"
	unset _out _arg _q
}

# Options that make postgres print something and exit; never initdb for them.
wants_help() {
	for _a do
		case $_a in
			-'?'|--help|--describe-config|-V|--version|-C|-C*) return 0 ;;
		esac
	done
	return 1
}

# run_sql DB [PSQL-ARGS...]: run SQL (stdin or -f) on the temporary server.
run_sql() {
	_db=$1
	shift
	PGHOST='' PGHOSTADDR='' psql -X -q -v ON_ERROR_STOP=1 \
		--username "$POSTGRES_USER" --no-password --dbname "$_db" "$@"
}

init_cluster() {
	file_env POSTGRES_PASSWORD
	file_env POSTGRES_USER postgres
	file_env POSTGRES_DB "$POSTGRES_USER"
	file_env POSTGRES_INITDB_ARGS

	method=${POSTGRES_HOST_AUTH_METHOD:-}
	if [ -z "$method" ]; then
		if [ -n "$POSTGRES_PASSWORD" ]; then
			method=scram-sha-256
		else
			method=trust
		fi
	fi
	if [ "$method" = trust ]; then
		log "WARNING: TCP connections are accepted without a password (trust)."
		log "         Set POSTGRES_PASSWORD for anything that is not a throw-away database."
	elif [ -z "$POSTGRES_PASSWORD" ]; then
		die "POSTGRES_HOST_AUTH_METHOD=$method needs POSTGRES_PASSWORD (or POSTGRES_PASSWORD_FILE)"
	fi

	if [ -n "${POSTGRES_INITDB_WALDIR:-}" ]; then
		POSTGRES_INITDB_ARGS="$POSTGRES_INITDB_ARGS --waldir $(quote_args "$POSTGRES_INITDB_WALDIR")"
	fi

	# The password travels through a pipe, never argv or a file on disk.
	if [ -n "$POSTGRES_PASSWORD" ]; then
		printf '%s\n' "$POSTGRES_PASSWORD" |
			eval 'initdb --username="$POSTGRES_USER" --pwfile=/dev/stdin '"$POSTGRES_INITDB_ARGS"
	else
		eval 'initdb --username="$POSTGRES_USER" '"$POSTGRES_INITDB_ARGS"
	fi

	# initdb trusts local and loopback connections; everything else (the
	# docker bridge, i.e. clients using a published port) gets $method.
	printf '\n# added by the pgshift entrypoint\nhost all all all %s\n' "$method" >>"$PGDATA/pg_hba.conf"
	# The image's postgresql.conf.sample already says listen_addresses = '*';
	# repeat it in case a custom initdb template was used.
	printf "listen_addresses = '*'\n" >>"$PGDATA/postgresql.conf"

	# Temporary server: unix socket only, so nobody can connect over TCP
	# before the database, users and init scripts are in place. pg_ctl without
	# -l sends the server log to stdout, which is where upstream images print
	# their first "ready to accept connections" line.
	port=${PGPORT:-5432}
	pg_ctl -D "$PGDATA" -w start \
		-o "$(quote_args "$@") -c listen_addresses='' -p '$port'"

	if [ "$POSTGRES_DB" != postgres ]; then
		run_sql postgres --set db="$POSTGRES_DB" <<-'EOSQL'
			CREATE DATABASE :"db";
		EOSQL
		log "created database $POSTGRES_DB"
	fi

	for f in /docker-entrypoint-initdb.d/*; do
		[ -e "$f" ] || continue
		case $f in
			*.sh)
				if [ -x "$f" ]; then
					log "running $f"
					"$f"
				else
					log "sourcing $f"
					# shellcheck disable=SC1090
					. "$f"
				fi
				;;
			*.sql) log "running $f"; run_sql "$POSTGRES_DB" -f "$f" ;;
			*.sql.gz) log "running $f"; gzip -dc "$f" | run_sql "$POSTGRES_DB" ;;
			*) log "ignoring $f" ;;
		esac
	done

	pg_ctl -D "$PGDATA" -m fast -w stop
	log "init complete; starting postgres"
}

# `docker run IMAGE -c x=y` -> `postgres -c x=y`
if [ $# -eq 0 ] || [ "${1#-}" != "$1" ]; then
	set -- postgres "$@"
fi

if [ "$1" != postgres ] || wants_help "$@"; then
	exec "$@"
fi

if [ "$(id -u)" = 0 ]; then
	# Prepare directories that may come from (root-owned) volumes, then come
	# back as the postgres user. setpriv execs, so no extra process stays.
	mkdir -p "$PGDATA" /var/run/postgresql
	chown postgres:postgres /var/run/postgresql
	chmod 3777 /var/run/postgresql
	# Only touch what is not ours yet: a recursive chown of a big existing
	# volume would slow every start.
	find "$PGDATA" \! -user postgres -exec chown postgres:postgres '{}' +
	chmod 700 "$PGDATA"
	if [ -n "${POSTGRES_INITDB_WALDIR:-}" ]; then
		mkdir -p "$POSTGRES_INITDB_WALDIR"
		find "$POSTGRES_INITDB_WALDIR" \! -user postgres -exec chown postgres:postgres '{}' +
		chmod 700 "$POSTGRES_INITDB_WALDIR"
	fi
	exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
	shift # drop "postgres"; the rest are server options for the temp server
	init_cluster "$@"
	set -- postgres "$@"
else
	log "PostgreSQL data directory $PGDATA already initialised; skipping initdb"
fi

exec "$@"
