#!/usr/bin/env bash
# The start-up layout: the packaged jar extracted (the application jar next to its lib/ directory,
# which the JVM can share classes from, unlike jars nested in a jar) and a class-data-sharing archive
# of every class a start loads, made by a training run that stops once the context is refreshed.
#
#   scripts/cds-archive.sh [--no-database] [jar] [destination]
#
# Default jar target/jalons-0.1.0-SNAPSHOT.jar, default destination target/jalons-app; it then holds
# jalons.jar, lib/ and jalons.jsa. Run it from the application's directory with the JVM that will
# run the application (an archive is refused, with a warning, by another JVM build: the application
# then starts without it, only slower). The training run uses the database given by
# SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD, migrating it if needed, like any start; with
# --no-database (as the Dockerfile's build, where no database runs) it neither migrates nor validates
# the schema, Hibernate is told the dialect, and the archive misses only those steps' classes.
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

training=(-XX:ArchiveClassesAtExit="$dest/jalons.jsa" -Dspring.context.exit=onRefresh)
if [[ $database == no ]]; then
    # Nothing at refresh needs a connection then: Hikari opens its pool at the first query.
    training+=(-Dspring.flyway.enabled=false -Dspring.jpa.hibernate.ddl-auto=none
        -Dspring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false
        -Dspring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect
        -Dspring.datasource.url=jdbc:postgresql://127.0.0.1:1/none)
fi
# The management port is closed again at the end; a port of its own avoids a running instance's.
SERVER_PORT=0 MANAGEMENT_SERVER_PORT=0 java "${training[@]}" -jar "$dest/jalons.jar"
ls -l "$dest/jalons.jsa"
