#!/usr/bin/env bash
# Installs (when missing) and starts a local PostgreSQL server for the PostgreSQL test pass, and
# prints the URL of a superuser-capable role the tests use to create throwaway databases.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
  ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
  pg_createcluster "$ver" main >&2
fi
read -r ver name port status _ < <(pg_lsclusters -h | head -1)
if [ "$status" != "online" ]; then
  pg_ctlcluster "$ver" "$name" start >&2
fi
for _ in $(seq 1 30); do
  if su postgres -c "psql -p $port -Atqc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done
su postgres -c "psql -p $port -Atqc \"do \\\$\\\$ begin if not exists (select 1 from pg_roles where rolname='xiaobao') then create role xiaobao login superuser password 'xiaobao'; end if; end \\\$\\\$;\"" >&2
echo "postgres://xiaobao:xiaobao@127.0.0.1:${port}/postgres"
