#!/usr/bin/env bash
# Restore a dump made by db/backup.sh, replacing the current content. Stop the application first.
#   db/restore.sh file             database of docker-compose.yml (service "db")
#   DATABASE_URL=postgresql://user:pass@host:5432/jalons db/restore.sh file
# To check a backup without touching production, restore it into a new, empty database:
#   createdb -T template0 -E UTF8 jalons_check && DATABASE_URL=postgresql://.../jalons_check db/restore.sh file
# (BackupRestoreTests does exactly that and compares every table's rows.)
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:?usage: db/restore.sh file.dump}
[ -f "$file" ] || { echo "no such file: $file" >&2; exit 1; }
if [ -n "${DATABASE_URL:-}" ]; then
  pg_restore --clean --if-exists --no-owner --exit-on-error --dbname="$DATABASE_URL" "$file"
else
  docker compose exec -T db pg_restore --clean --if-exists --no-owner --exit-on-error -U jalons -d jalons < "$file"
fi
echo "restored $file"
