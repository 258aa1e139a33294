#!/usr/bin/env bash
# The start-up layout: the packaged jar extracted (the application jar next to its lib/ directory,
# which the JVM can share classes from, unlike jars nested in a jar) and a class-data-sharing archive
# of the classes a start and its first pages load, made by a training run.
#
#   scripts/cds-archive.sh [--no-database] [jar] [destination]
#
# Default jar target/jalons-0.1.0-SNAPSHOT.jar, default destination target/jalons-app; it then holds
# jalons.jar, lib/ and jalons.jsa (on Java 25 and later, jalons.aot: see below). Run it from the application's directory with the JVM that will
# run the application (an archive is refused, with a warning, by another JVM build: the application
# then starts without it, only slower).
#
# The training run uses the database given by SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD,
# migrating it if needed, like any start; it serves the public pages a first visitor asks for (home,
# objectives, one objective, the sign-in page) so that the archive holds what answering them loads,
# then stops. A jar built with Spring AOT (./mvnw -Paot package) is trained with its generated bean
# definitions (-Dspring.aot.enabled=true), as it is then run.
# With --no-database (as the Dockerfile's build, where no database runs) the run stops once the
# context is refreshed, neither migrates nor validates the schema, Hibernate is told the dialect, and
# the archive misses those steps' classes and the pages'. It also leaves Spring AOT off: an AOT build
# settles at build time that Flyway runs, which needs a database.
set -euo pipefail

database=yes
if [[ ${1:-} == --no-database ]]; then database=no; shift; fi
jar=${1:-target/jalons-0.1.0-SNAPSHOT.jar}
dest=${2:-target/jalons-app}

rm -rf "$dest"
java -Djarmode=tools -jar "$jar" extract --destination "$dest.tmp"
mkdir -p "$dest"
mv "$dest.tmp/lib" "$dest/lib"
mv "$dest.tmp/$(basename "$jar")" "$dest/jalons.jar"
rm -rf "$dest.tmp"

# Java 25 and later: the AOT cache (JEP 483, 514, 515), CDS's successor, which also keeps the classes
# linked and the methods' profiles; run with -XX:AOTCache=$dest/jalons.aot. Java 17: jalons.jsa.
feature=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [[ $database == yes && ${feature%%.*} -ge 25 ]]; then
    archive="$dest/jalons.aot"
    training=(-XX:AOTCacheOutput="$archive")
else
    archive="$dest/jalons.jsa"
    training=(-XX:ArchiveClassesAtExit="$archive")
fi
if [[ $database == no ]]; then
    # Nothing at refresh needs a connection then: Hikari opens its pool at the first query.
    training+=(-Dspring.context.exit=onRefresh -Dspring.flyway.enabled=false -Dspring.jpa.hibernate.ddl-auto=none
        -Dspring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false
        -Dspring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect
        -Dspring.datasource.url=jdbc:postgresql://127.0.0.1:1/none)
    # The management port is closed again at the end; a port of its own avoids a running instance's.
    SERVER_PORT=0 MANAGEMENT_SERVER_PORT=0 java "${training[@]}" -jar "$dest/jalons.jar"
    ls -l "$archive"
    exit 0
fi

if grep -qaF 'JalonsApplication__ApplicationContextInitializer.class' "$dest/jalons.jar"; then
    training+=(-Dspring.aot.enabled=true)
    echo "cds-archive: a Spring AOT build: trained, and to be run, with -Dspring.aot.enabled=true"
fi
port=${JALONS_TRAINING_PORT:-18070}
log="$dest/training.log"
SERVER_PORT=$port MANAGEMENT_SERVER_PORT=$((port + 1)) java "${training[@]}" -jar "$dest/jalons.jar" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
status=000
for _ in $(seq 1 1800); do
    kill -0 "$pid" 2>/dev/null || break
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/" || true)
    [[ $status == 200 ]] && break
    sleep 0.2
done
if [[ $status != 200 ]]; then
    echo "cds-archive: the training run never served its home page; its log ($log):" >&2
    tail -40 "$log" >&2
    exit 1
fi
for page in /objectifs /objectifs/1-1 /connexion /opendata/objectives.csv; do
    curl -s -o /dev/null --max-time 30 "http://127.0.0.1:$port$page" || true
done
# A graceful stop: the JVM writes the archive as it exits (Java 25's cache takes a minute more).
kill -TERM "$pid"
wait "$pid" || true
trap - EXIT
ls -l "$archive"
