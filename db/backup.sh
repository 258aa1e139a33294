#!/usr/bin/env bash
# Back up the Jalons database into a compressed custom-format dump.
#   db/backup.sh [file]            database of docker-compose.yml (service "db")
#   DATABASE_URL=postgresql://user:pass@host:5432/jalons db/backup.sh [file]   any other PostgreSQL
#   BACKUP_SNAPSHOT=<id from pg_export_snapshot()>: dump exactly what that transaction sees (with
#   DATABASE_URL; BackupRestoreTests uses it to compare the rows of a database that keeps changing)
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-"jalons-$(date +%Y%m%d-%H%M%S).dump"}
if [ -n "${DATABASE_URL:-}" ]; then
  pg_dump --format=custom --no-owner ${BACKUP_SNAPSHOT:+--snapshot="$BACKUP_SNAPSHOT"} --file="$file" "$DATABASE_URL"
else
  docker compose exec -T db pg_dump --format=custom --no-owner -U jalons jalons > "$file"
fi
echo "backup written to $file ($(du -h "$file" | cut -f1))"
