#!/usr/bin/env bash
# Build the `pgshift-postgres:<major>` image without any container registry.
#
# The image is assembled from Debian packages only: debootstrap fetches a
# minimal Debian root filesystem with PostgreSQL from the apt mirror this host
# already uses, the result is slimmed down, gets docker-entrypoint.sh (next to
# this script) and is loaded with `docker import`. The finished root
# filesystem is cached as a compressed tarball, so re-creating the image after
# `docker rmi` takes seconds instead of minutes.
#
# Usage: docker/build-local-image.sh [--force] [--no-cache] [--help]
#
#   --force      rebuild even though the image tag already exists
#   --no-cache   ignore the cached root filesystem (fetch current packages)
#
# Environment:
#   PG_MAJOR     PostgreSQL major version (default 15)
#   IMAGE        image tag (default pgshift-postgres:$PG_MAJOR)
#   SUITE        Debian suite; derived from PG_MAJOR (13 bullseye,
#                15 bookworm, 17 trixie) unless set
#   MIRROR       Debian mirror URL; detected from this host's apt sources
#   SECURITY_MIRROR
#                Debian security mirror URL; detected likewise. Security
#                updates are applied when one is known (APT_UPGRADE=0 skips)
#   KEEP_JIT=1   keep LLVM (JIT support); by default it is replaced by a stub
#                package, which saves well over 100 MB and disables JIT
#   TMPDIR       where the root filesystem is assembled (default /var/tmp)
#
# Exit status: 0 when the image exists afterwards, and also when no Docker
# daemon answers (the image is optional for callers); non-zero on failure.
set -euo pipefail

readonly RECIPE_VERSION=1
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly SCRIPT_DIR
readonly ENTRYPOINT_SRC="$SCRIPT_DIR/docker-entrypoint.sh"

PG_MAJOR=${PG_MAJOR:-15}
IMAGE=${IMAGE:-pgshift-postgres:$PG_MAJOR}
KEEP_JIT=${KEEP_JIT:-0}
APT_UPGRADE=${APT_UPGRADE:-1}

FORCE=0
USE_CACHE=1

say() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

usage() {
	sed -n '2,/^set -euo pipefail/{/^#/s/^# \{0,1\}//p}' "${BASH_SOURCE[0]}"
}

while [[ $# -gt 0 ]]; do
	case $1 in
		--force) FORCE=1 ;;
		--no-cache) USE_CACHE=0 ;;
		-h | --help) usage; exit 0 ;;
		*) usage >&2; die "unknown argument: $1" ;;
	esac
	shift
done

[[ $PG_MAJOR =~ ^[0-9]+$ ]] || die "PG_MAJOR must be a number, got '$PG_MAJOR'"
[[ -r $ENTRYPOINT_SRC ]] || die "missing $ENTRYPOINT_SRC"

# ---------------------------------------------------------------------------
# Docker availability and idempotency
# ---------------------------------------------------------------------------

if ! command -v docker >/dev/null 2>&1; then
	say "docker is not installed; skipping the $IMAGE image (it is optional)"
	exit 0
fi
if ! timeout 30 docker version --format '{{.Server.Version}}' >/dev/null 2>&1; then
	say "no Docker daemon is answering; skipping the $IMAGE image (it is optional)"
	exit 0
fi

image_exists() { docker image inspect "$IMAGE" >/dev/null 2>&1; }

if image_exists && [[ $FORCE -eq 0 ]]; then
	say "image $IMAGE already exists; nothing to do (use --force to rebuild)"
	exit 0
fi

# ---------------------------------------------------------------------------
# Settings derived from the host
# ---------------------------------------------------------------------------

if [[ -z ${SUITE:-} ]]; then
	case $PG_MAJOR in
		13) SUITE=bullseye ;;
		15) SUITE=bookworm ;;
		17) SUITE=trixie ;;
		*) die "no Debian release ships PostgreSQL $PG_MAJOR; set SUITE (and a MIRROR carrying postgresql-$PG_MAJOR)" ;;
	esac
fi

if command -v dpkg >/dev/null 2>&1; then
	ARCH=$(dpkg --print-architecture)
else
	case $(uname -m) in
		x86_64) ARCH=amd64 ;;
		aarch64) ARCH=arm64 ;;
		*) die "cannot map $(uname -m) to a Debian architecture" ;;
	esac
fi

HOST_CODENAME=
if [[ -r /etc/os-release ]]; then
	# shellcheck disable=SC1091
	HOST_CODENAME=$(. /etc/os-release && [[ ${ID:-} == debian ]] && printf '%s' "${VERSION_CODENAME:-}") || HOST_CODENAME=
fi

# Cache directory of the invoking user, also when run through sudo.
CACHE_OWNER=
if [[ $EUID -eq 0 && -n ${SUDO_USER:-} && ${SUDO_USER} != root ]]; then
	sudo_home=$(getent passwd "$SUDO_USER" | cut -d: -f6)
	CACHE_BASE=${XDG_CACHE_HOME:-$sudo_home/.cache}
	CACHE_OWNER="${SUDO_UID:-}:${SUDO_GID:-}"
else
	CACHE_BASE=${XDG_CACHE_HOME:-$HOME/.cache}
fi
# A subdirectory of pgshift's cache; pgshift itself keeps other things there.
CACHE_DIR="$CACHE_BASE/pgshift/docker-image"
mkdir -p "$CACHE_DIR"
if [[ -n $CACHE_OWNER ]]; then
	chown "$CACHE_OWNER" "$CACHE_BASE" "$CACHE_BASE/pgshift" "$CACHE_DIR" 2>/dev/null || true
fi

# Serialise concurrent builds (e.g. several test processes at once).
exec 9>"$CACHE_DIR/.build.lock"
flock 9
if image_exists && [[ $FORCE -eq 0 ]]; then
	say "image $IMAGE appeared while waiting for another build; nothing to do"
	exit 0
fi

# Every enabled binary source of this host's apt, one "URI SUITE" per line,
# from both the one-line (*.list) and the deb822 (*.sources) formats.
apt_sources() {
	local f
	for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
		[[ -r $f ]] || continue
		awk '
			{ sub(/#.*/, "") }
			$1 == "deb" {
				line = $0
				sub(/^[ \t]*deb[ \t]+/, "", line)
				if (line ~ /^\[/) sub(/^\[[^]]*\][ \t]*/, "", line)
				n = split(line, w, /[ \t]+/)
				if (n >= 2) print w[1], w[2]
			}' "$f"
	done
	for f in /etc/apt/sources.list.d/*.sources; do
		[[ -r $f ]] || continue
		awk '
			function flush(   i, j, nu, ns, u, s) {
				if (types ~ /(^|[ \t])deb([ \t]|$)/ && tolower(enabled) != "no") {
					nu = split(uris, u, /[ \t]+/)
					ns = split(suites, s, /[ \t]+/)
					for (i = 1; i <= nu; i++)
						for (j = 1; j <= ns; j++)
							if (u[i] != "" && s[j] != "") print u[i], s[j]
				}
				types = uris = suites = enabled = key = ""
			}
			/^#/ { next }
			/^[ \t]*$/ { flush(); next }
			/^[ \t]/ {
				v = $0; sub(/^[ \t]+/, "", v)
				if (key == "types") types = types " " v
				else if (key == "uris") uris = uris " " v
				else if (key == "suites") suites = suites " " v
				next
			}
			{
				key = tolower($0); sub(/:.*/, "", key)
				v = $0; sub(/^[^:]*:[ \t]*/, "", v)
				if (key == "types") types = v
				else if (key == "uris") uris = v
				else if (key == "suites") suites = v
				else if (key == "enabled") enabled = v
			}
			END { flush() }' "$f"
	done
}

# pick_mirror SUITE...: URI of the first usable source for one of the suites.
pick_mirror() {
	local want uri suite
	for want in "$@"; do
		[[ -n $want ]] || continue
		while read -r uri suite; do
			case $uri in http://* | https://* | ftp://* | file:/*) ;; *) continue ;; esac
			if [[ $suite == "$want" ]]; then
				printf '%s\n' "${uri%/}"
				return 0
			fi
		done < <(apt_sources)
	done
	return 1
}

has_source_suite() {
	local uri suite
	while read -r uri suite; do
		[[ $suite == "$1" ]] && return 0
	done < <(apt_sources)
	return 1
}

# ---------------------------------------------------------------------------
# Root filesystem recipe. Everything that shapes the image lives in these
# functions; their text is part of the cache key, so editing them (or
# docker-entrypoint.sh) invalidates the cached tarball automatically.
# ---------------------------------------------------------------------------

# in_root CMD...: run a command inside the new root with a clean environment.
in_root() {
	env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive HOME=/root \
		${http_proxy:+http_proxy=$http_proxy} ${https_proxy:+https_proxy=$https_proxy} \
		chroot "$ROOTFS" "$@"
}

write_root_config() {
	# Keep services from being started by maintainer scripts while we work.
	printf '#!/bin/sh\nexit 101\n' >"$ROOTFS/usr/sbin/policy-rc.d"
	chmod 755 "$ROOTFS/usr/sbin/policy-rc.d"

	# Packages installed later (apt-get in a derived image) stay slim too.
	cat >"$ROOTFS/etc/dpkg/dpkg.cfg.d/01-pgshift-slim" <<-'EOF'
		# pgshift-postgres: no documentation, manuals or translations
		path-exclude=/usr/share/doc/*
		path-include=/usr/share/doc/*/copyright
		path-exclude=/usr/share/man/*
		path-exclude=/usr/share/info/*
		path-exclude=/usr/share/groff/*
		path-exclude=/usr/share/lintian/*
		path-exclude=/usr/share/locale/*
		path-include=/usr/share/locale/locale.alias
	EOF
	# (/usr/share/postgresql/*/man stays: postgresql-client registers those
	# pages with update-alternatives and its postinst fails without them.)
	cat >"$ROOTFS/etc/apt/apt.conf.d/01-pgshift-slim" <<-'EOF'
		APT::Install-Recommends "false";
		APT::Install-Suggests "false";
		Acquire::Languages "none";
	EOF

	# Clusters are created by the entrypoint (initdb into $PGDATA), never by
	# package scripts.
	mkdir -p "$ROOTFS/etc/postgresql-common/createcluster.d"
	printf 'create_main_cluster = false\n' >"$ROOTFS/etc/postgresql-common/createcluster.d/pgshift.conf"
	rm -rf "$ROOTFS/etc/postgresql/$PG_MAJOR" "$ROOTFS/var/lib/postgresql/$PG_MAJOR"

	{
		printf 'deb %s %s main\n' "$MIRROR" "$SUITE"
		if [[ -n $UPDATES_SUITE ]]; then printf 'deb %s %s main\n' "$MIRROR" "$UPDATES_SUITE"; fi
		if [[ -n $SECURITY_MIRROR ]]; then printf 'deb %s %s-security main\n' "$SECURITY_MIRROR" "$SUITE"; fi
	} >"$ROOTFS/etc/apt/sources.list"
}

apply_updates() {
	[[ $APT_UPGRADE == 1 ]] || return 0
	if [[ -z $SECURITY_MIRROR && -z $UPDATES_SUITE ]]; then
		warn "no security/updates source known for $SUITE; the image has point-release packages only"
		return 0
	fi
	say "applying $SUITE updates and security fixes"
	local proc_mounted=0
	if mount -t proc proc "$ROOTFS/proc" 2>/dev/null; then proc_mounted=1; fi
	if ! {
		in_root apt-get -q update &&
			in_root apt-get -q -y -o Dpkg::Options::=--force-confold upgrade &&
			in_root apt-get -q clean
	} >"$WORKDIR/upgrade.log" 2>&1; then
		tail -n 30 "$WORKDIR/upgrade.log" >&2
		die "applying updates failed (APT_UPGRADE=0 skips this step)"
	fi
	if [[ $proc_mounted == 1 ]]; then umount "$ROOTFS/proc"; fi
}

# Replace LLVM (needed only for JIT, ~150 MB with its data) by an empty
# package that provides the exact dependency postgresql-N declares, so dpkg
# and apt in derived images stay consistent.
strip_jit() {
	[[ $KEEP_JIT == 1 ]] && return 0
	local llvm version stub
	# shellcheck disable=SC2016 # ${Depends} is a dpkg-query field, not shell
	llvm=$(in_root dpkg-query -W -f '${Depends}' "postgresql-$PG_MAJOR" |
		tr ',' '\n' | sed -n 's/^ *\(libllvm[0-9][0-9.]*\).*/\1/p' | head -n1)
	[[ -n $llvm ]] || return 0
	# shellcheck disable=SC2016
	version=$(in_root dpkg-query -W -f '${Version}' "$llvm")
	say "replacing $llvm by a stub (JIT disabled; KEEP_JIT=1 keeps it)"
	stub="$ROOTFS/tmp/pgshift-no-jit"
	mkdir -p "$stub/DEBIAN"
	cat >"$stub/DEBIAN/control" <<-EOF
		Package: pgshift-no-jit
		Version: 1
		Architecture: all
		Maintainer: pgshift <noreply@invalid>
		Provides: $llvm (= $version)
		Conflicts: $llvm
		Replaces: $llvm
		Description: stands in for $llvm in the pgshift-postgres image
		 PostgreSQL only loads LLVM for JIT compilation, which this image
		 does not ship.
	EOF
	in_root dpkg-deb --build /tmp/pgshift-no-jit /tmp/pgshift-no-jit.deb >/dev/null
	in_root dpkg --purge --force-depends "$llvm" >/dev/null 2>&1
	in_root dpkg -i /tmp/pgshift-no-jit.deb >/dev/null
	# libz3 was only there for LLVM; ignore failure if something else uses it.
	in_root dpkg --purge libz3-4 >/dev/null 2>&1 || true
	rm -rf "$stub" "$stub.deb"
	rm -rf "$ROOTFS/usr/lib/postgresql/$PG_MAJOR/lib/bitcode"
	rm -f "$ROOTFS/usr/lib/postgresql/$PG_MAJOR/lib/llvmjit"*.so
}

slim_rootfs() {
	local r=$ROOTFS
	# Documentation: keep only the copyright notices.
	find "$r/usr/share/doc" -mindepth 1 ! -type d ! -name copyright -delete
	find "$r/usr/share/doc" -mindepth 1 -type d -empty -delete
	# Manual pages: keep the directories (postinst scripts create links
	# there) and the small PostgreSQL set used by update-alternatives.
	find "$r/usr/share/man" -type f -delete
	rm -rf "$r/usr/share/info" "$r/usr/share/groff" \
		"$r/usr/share/lintian" "$r/usr/share/linda" "$r/var/cache/man"
	find "$r/usr/share" -path '*/perl*' -name '*.pod' -delete
	# Locales: only C.UTF-8 (built into glibc) is used.
	find "$r/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
	rm -rf "$r/usr/share/i18n/locales" "$r/usr/share/i18n/charmaps"
	# (bookworm+ names it C.utf8, older releases C.UTF-8)
	find "$r/usr/lib/locale" -mindepth 1 -maxdepth 1 ! -iname 'C.utf*8' -exec rm -rf {} + 2>/dev/null || true
	# Package manager and build leftovers.
	rm -rf "$r"/var/lib/apt/lists/* "$r"/var/cache/apt/* "$r"/var/cache/debconf/*-old \
		"$r"/var/lib/dpkg/*-old "$r"/var/cache/ldconfig/aux-cache \
		"$r"/tmp/* "$r"/var/tmp/* "$r/root/.bash_history" "$r/usr/sbin/policy-rc.d"
	find "$r/var/log" -type f -delete
	# Docker provides these at run time; do not leak the build host's values.
	: >"$r/etc/hostname"
	: >"$r/etc/resolv.conf"
}

setup_postgres() {
	local r=$ROOTFS uid gid sample
	uid=$(awk -F: '$1 == "postgres" { print $3 }' "$r/etc/passwd")
	gid=$(awk -F: '$1 == "postgres" { print $4 }' "$r/etc/passwd")
	[[ -n $uid && -n $gid ]] || die "the postgres user was not created in the image"

	# Like upstream images: every new cluster listens on all interfaces.
	sample="$r/usr/share/postgresql/$PG_MAJOR/postgresql.conf.sample"
	sed -ri "s/^#?(listen_addresses)[[:space:]]*=[[:space:]]*'[^']*'/\1 = '*'/" "$sample"
	grep -q "^listen_addresses = '\*'" "$sample" || die "could not set listen_addresses in $sample"

	mkdir -p "$r/var/lib/postgresql/data" "$r/var/run/postgresql" "$r/docker-entrypoint-initdb.d"
	chown "$uid:$gid" "$r/var/lib/postgresql" "$r/var/lib/postgresql/data" "$r/var/run/postgresql"
	chmod 700 "$r/var/lib/postgresql/data"
	chmod 3777 "$r/var/run/postgresql"
	install -m 0755 "$ENTRYPOINT_SRC" "$r/usr/local/bin/docker-entrypoint.sh"
}

build_rootfs() {
	local debs="$CACHE_DIR/debs/$SUITE-$ARCH"
	mkdir -p "$debs"
	say "debootstrap $SUITE ($ARCH) with postgresql-$PG_MAJOR from $MIRROR"
	debootstrap --variant=minbase --arch="$ARCH" --components=main \
		--include="postgresql-$PG_MAJOR" --cache-dir="$debs" \
		"$SUITE" "$ROOTFS" "$MIRROR" >"$WORKDIR/debootstrap.log" 2>&1 || {
		tail -n 30 "$WORKDIR/debootstrap.log" >&2
		[[ -f $ROOTFS/debootstrap/debootstrap.log ]] && tail -n 30 "$ROOTFS/debootstrap/debootstrap.log" >&2
		die "debootstrap failed (full log above)"
	}
	write_root_config
	apply_updates
	strip_jit
	setup_postgres
	slim_rootfs
}

# ---------------------------------------------------------------------------
# Cache key and tarball handling
# ---------------------------------------------------------------------------

if command -v zstd >/dev/null 2>&1; then
	COMPRESS=(zstd -q -T0 -6) DECOMPRESS=(zstd -q -dc) EXT=tar.zst
else
	COMPRESS=(gzip -1) DECOMPRESS=(gzip -dc) EXT=tar.gz
fi

RECIPE_HASH=$(
	{
		printf 'v%s pg%s %s %s jit=%s upgrade=%s\n' "$RECIPE_VERSION" "$PG_MAJOR" "$SUITE" "$ARCH" "$KEEP_JIT" "$APT_UPGRADE"
		declare -f in_root write_root_config apply_updates strip_jit slim_rootfs setup_postgres build_rootfs
		cat "$ENTRYPOINT_SRC"
	} | sha256sum | cut -c1-16
)
CACHE_PREFIX="rootfs-postgres$PG_MAJOR-$SUITE-$ARCH"
CACHE_FILE="$CACHE_DIR/$CACHE_PREFIX-$RECIPE_HASH.$EXT"

WORKDIR=
ROOTFS=
cleanup() {
	local rc=$?
	if [[ -n $WORKDIR && -d $WORKDIR ]]; then
		# Never delete through a mount point (proc) that is still attached.
		if [[ -n $ROOTFS ]]; then
			awk -v root="$ROOTFS" 'index($2, root) == 1 { print $2 }' /proc/mounts |
				sort -r | while read -r m; do umount -l "$m" || true; done
		fi
		rm -rf --one-file-system "$WORKDIR"
	fi
	rm -f "$CACHE_FILE.partial"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ $USE_CACHE -eq 1 && -s $CACHE_FILE ]]; then
	say "using cached root filesystem $CACHE_FILE"
else
	[[ $EUID -eq 0 ]] || die "building the root filesystem needs root (debootstrap, chroot): run 'sudo $0'"
	command -v debootstrap >/dev/null 2>&1 || [[ -x /usr/sbin/debootstrap ]] ||
		die "debootstrap is not installed (apt-get install debootstrap)"
	PATH=$PATH:/usr/sbin:/sbin

	if [[ -z ${MIRROR:-} ]]; then
		MIRROR=$(pick_mirror "$SUITE" "$HOST_CODENAME") ||
			die "could not find a Debian mirror in /etc/apt/sources.list*; set MIRROR=<url>"
	fi
	if [[ -z ${SECURITY_MIRROR:-} ]]; then
		SECURITY_MIRROR=$(pick_mirror "$SUITE-security" "${HOST_CODENAME:+$HOST_CODENAME-security}") || SECURITY_MIRROR=
	fi
	UPDATES_SUITE=
	if has_source_suite "$SUITE-updates" || { [[ -n $HOST_CODENAME ]] && has_source_suite "$HOST_CODENAME-updates"; }; then
		UPDATES_SUITE="$SUITE-updates"
	fi
	# Let debootstrap use the proxy apt is configured with, if any.
	if [[ -z ${http_proxy:-} ]] && command -v apt-config >/dev/null 2>&1; then
		APT_PROXY=
		eval "$(apt-config shell APT_PROXY Acquire::http::Proxy)"
		[[ -n $APT_PROXY ]] && export http_proxy=$APT_PROXY
	fi

	WORKDIR=$(mktemp -d "${TMPDIR:-/var/tmp}/pgshift-rootfs.XXXXXX")
	ROOTFS="$WORKDIR/rootfs"
	build_rootfs

	say "packing root filesystem into $CACHE_FILE"
	tar -C "$ROOTFS" --numeric-owner --one-file-system \
		--exclude='./dev/*' --exclude='./proc/*' --exclude='./sys/*' \
		-cf - . | "${COMPRESS[@]}" >"$CACHE_FILE.partial"
	mv -f "$CACHE_FILE.partial" "$CACHE_FILE"
	if [[ -n $CACHE_OWNER ]]; then chown -R "$CACHE_OWNER" "$CACHE_DIR" 2>/dev/null || true; fi
	# Drop tarballs of older recipes for the same major/suite/arch.
	find "$CACHE_DIR" -maxdepth 1 -name "$CACHE_PREFIX-*" ! -name "${CACHE_FILE##*/}" -delete
	rm -rf --one-file-system "$WORKDIR"
	WORKDIR=
fi

# ---------------------------------------------------------------------------
# Import
# ---------------------------------------------------------------------------

say "importing $IMAGE"
old_id=$(docker image inspect "$IMAGE" --format '{{.Id}}' 2>/dev/null || true)
image_id=$("${DECOMPRESS[@]}" "$CACHE_FILE" | docker import \
	--message "pgshift-postgres: PostgreSQL $PG_MAJOR on Debian $SUITE (build-local-image.sh)" \
	--change "ENV PATH=/usr/lib/postgresql/$PG_MAJOR/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
	--change "ENV PG_MAJOR=$PG_MAJOR" \
	--change "ENV PGDATA=/var/lib/postgresql/data" \
	--change "ENV LANG=C.UTF-8" \
	--change 'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]' \
	--change 'CMD ["postgres"]' \
	--change 'EXPOSE 5432' \
	--change 'VOLUME /var/lib/postgresql/data' \
	--change "LABEL org.opencontainers.image.title=pgshift-postgres" \
	--change "LABEL org.opencontainers.image.description=\"PostgreSQL $PG_MAJOR for pgshift, built from Debian $SUITE packages\"" \
	--change "LABEL org.opencontainers.image.version=$PG_MAJOR" \
	--change "LABEL dev.pgshift.recipe=$RECIPE_HASH" \
	-)

# `docker import` cannot set STOPSIGNAL. Postgres treats SIGTERM as "smart"
# shutdown (wait for every client to disconnect), so like the upstream image
# we want SIGINT ("fast"). A one-line build on top of the imported image adds
# it without any registry; if no builder is available the image still works
# (use `docker stop` after clients have disconnected, or --stop-signal SIGINT).
if printf 'FROM %s\nSTOPSIGNAL SIGINT\n' "$image_id" |
	DOCKER_BUILDKIT=0 docker build -q -t "$IMAGE" - >/dev/null 2>"$CACHE_DIR/.stopsignal.log"; then
	# The bare import is the parent of the tagged image with the classic
	# builder (then this is refused and harmless); otherwise it is garbage.
	docker rmi "$image_id" >/dev/null 2>&1 || true
	rm -f "$CACHE_DIR/.stopsignal.log"
else
	warn "could not add STOPSIGNAL SIGINT (see $CACHE_DIR/.stopsignal.log); tagging the plain import"
	docker tag "$image_id" "$IMAGE"
fi

# With --force, drop the image we replaced unless a container still uses it.
new_id=$(docker image inspect "$IMAGE" --format '{{.Id}}')
if [[ -n $old_id && $old_id != "$new_id" ]]; then
	docker rmi "$old_id" >/dev/null 2>&1 || true
fi

size=$(docker image inspect "$IMAGE" --format '{{.Size}}')
say "built $IMAGE ($((size / 1000000)) MB)"
