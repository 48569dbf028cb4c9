#!/usr/bin/env bash
# Builds pgshift's distributables into dist/ and checks each one:
#   - pgshift-<version>-<target>.tar.gz: the binary with LICENSE and README.md,
#   - pgshift-<version>-py3-none-<platform>.whl: a Python wheel holding the binary (maturin's
#     binary mode), checked by installing it into a fresh virtual environment and running
#     `pgshift --version` and `pgshift verify` on the example project,
#   - the Docker image pgshift:<version> (on the locally built pgshift-postgres base image),
#     checked with `docker run --rm -v "$PWD:/work" pgshift:<version> verify`,
#   - SHA256SUMS.
#
# Usage: scripts/package.sh [--no-image] [--no-check]
# Environment: PROFILE (cargo profile, default release; `dev` for a quick trial),
#              CARGO_TARGET_DIR (default target/).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

IMAGE=1
CHECK=1
for arg in "$@"; do
  case $arg in
    --no-image) IMAGE=0 ;;
    --no-check) CHECK=0 ;;
    -h | --help) sed -n '2,/^set -euo/{/^#/s/^# \{0,1\}//p}' "$0"; exit 0 ;;
    *) echo "package: unknown argument $arg (see --help)" >&2; exit 2 ;;
  esac
done

PROFILE=${PROFILE:-release}
TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
host=$(rustc -vV | sed -n 's/^host: //p')
out_dir=$([[ $PROFILE == dev ]] && echo debug || echo "$PROFILE")
say() { printf 'package: %s\n' "$*" >&2; }

rm -rf dist && mkdir -p dist

say "building the binary ($PROFILE profile)"
cargo build --locked --profile "$PROFILE" --bin pgshift --target-dir "$TARGET_DIR"
binary="$TARGET_DIR/$out_dir/pgshift"

say "tarball"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
name="pgshift-$version-$host"
mkdir "$stage/$name"
cp "$binary" LICENSE README.md "$stage/$name/"
strip "$stage/$name/pgshift" 2>/dev/null || true
tar -C "$stage" -czf "dist/$name.tar.gz" "$name"

say "wheel"
tools="$TARGET_DIR/package-tools"
[[ -x $tools/bin/maturin ]] || {
  python3 -m venv "$tools"
  "$tools/bin/pip" install -q 'maturin>=1.5,<2'
}
"$tools/bin/maturin" build --quiet --locked --profile "$PROFILE" --target-dir "$TARGET_DIR" --out dist
wheel=$(ls dist/pgshift-"$version"-*.whl)

if ((CHECK)); then
  say "checking the wheel in a fresh virtual environment"
  venv="$stage/venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "$wheel"
  "$venv/bin/pgshift" --version
  "$venv/bin/pgshift" --shadow local -q verify
fi

if ((IMAGE)); then
  if command -v docker >/dev/null 2>&1 && docker version >/dev/null 2>&1; then
    docker image inspect pgshift-postgres:15 >/dev/null 2>&1 || docker/build-local-image.sh
    say "image pgshift:$version"
    cp "$stage/$name/pgshift" "$stage/pgshift"
    docker build -q -f docker/pgshift.Dockerfile -t "pgshift:$version" "$stage" >/dev/null
    if ((CHECK)); then
      say "checking the image"
      docker run --rm "pgshift:$version" --version
      # A copy of the project, so nothing the container writes lands in the checkout.
      project="$stage/project"
      mkdir "$project"
      cp -r pgshift.toml supabase "$project/"
      chmod -R a+rwX "$project"
      docker run --rm -v "$project:/work" "pgshift:$version" -q verify
    fi
  else
    say "no Docker daemon answers: image skipped"
  fi
fi

(cd dist && sha256sum ./* > SHA256SUMS)
say "done:"
ls -l dist >&2
