# The pgshift image: the pgshift binary on top of the PostgreSQL image that shadow databases
# use, so `--shadow local` works inside the container with no other service:
#
#   docker run --rm -v "$PWD:/work" pgshift:<version> verify
#
# Built by scripts/package.sh from a binary built on the host (no registry is needed: the base
# is the locally built pgshift-postgres image, see build-local-image.sh).
ARG BASE=pgshift-postgres:15
FROM ${BASE}
COPY pgshift /usr/local/bin/pgshift
WORKDIR /work
# Shadows are local clusters in the container's temp dir, started as the postgres user.
ENV PGSHIFT_SHADOW=local
ENTRYPOINT ["/usr/local/bin/pgshift"]
CMD ["--help"]
