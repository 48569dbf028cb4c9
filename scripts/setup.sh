#!/usr/bin/env bash
# One-time machine set-up for building and testing pgshift on Debian or Ubuntu:
#   - libclang (the PostgreSQL parser crate generates its bindings with bindgen),
#   - PostgreSQL server binaries (local shadow databases and the tests),
#   - lld, the faster linker scripts/link-gcc uses when it is there,
#   - the local Docker image for `--shadow docker`, when a Docker daemon answers.
# Safe to run again: it installs only what is missing. Uses sudo when not root.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [[ $(id -u) != 0 ]]; then SUDO="sudo"; fi

need=()
dpkg -s libclang-dev >/dev/null 2>&1 || need+=(libclang-dev)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
# pg_dump/psql for the schema-equal oracle and backups.
command -v pg_dump >/dev/null 2>&1 || need+=(postgresql-client)
# lld links the many test binaries several times faster (scripts/link-gcc falls back without it).
command -v ld.lld >/dev/null 2>&1 || need+=(lld)
# openssl makes the certificates of the TLS tests.
command -v openssl >/dev/null 2>&1 || need+=(openssl)
# debootstrap builds the local Docker image without a registry.
if command -v docker >/dev/null 2>&1 && ! command -v debootstrap >/dev/null 2>&1; then need+=(debootstrap); fi
# Running as root, PostgreSQL runs as the unprivileged `postgres` user (packages create it).
if [[ $(id -u) == 0 ]] && ! id postgres >/dev/null 2>&1; then need+=(postgresql); fi

if ((${#need[@]})); then
  echo "setup: installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1 && [[ -x $HOME/.cargo/bin/cargo ]]; then
  echo "setup: cargo is in ~/.cargo/bin; add it to PATH (source ~/.cargo/env)"
fi

# The Docker image is optional: tests that need it are skipped when it is absent.
if command -v docker >/dev/null 2>&1 && docker version >/dev/null 2>&1 && [[ -x docker/build-local-image.sh ]]; then
  docker/build-local-image.sh || echo "setup: the local Docker image could not be built; --shadow docker tests will be skipped"
fi
echo "setup: done"
