# Multi-stage build: the JDK compiles, the jar is extracted into Spring Boot's layers, a JRE runs them
# as an unprivileged user. Layers change from the least to the most often (dependencies, Boot's loader,
# snapshot dependencies, the application), so rebuilding after a code change only replaces the last one.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
# The tests need a PostgreSQL: they run in CI (./mvnw verify), not in the image build.
# Formatting and static analysis are checked there too (spotless.check.skip only skips the check here).
RUN ./mvnw -B -ntp -q -Paot -DskipTests -Dspotless.check.skip=true package \
 && cp target/jalons-*.jar jalons.jar \
 && java -Djarmode=tools -jar jalons.jar extract --layers --destination extracted

FROM eclipse-temurin:17-jre
# curl answers the HEALTHCHECK below.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && groupadd --system jalons && useradd --system --gid jalons --home /app jalons
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
# Start-up (docs/performance.md#start-up): the jar is built with Spring AOT (-Paot: the bean
# definitions generated at build time, used with -Dspring.aot.enabled=true), and class data sharing:
# a training run that stops once the context is refreshed records every class a start loads into
# jalons.jsa, which each start then maps instead of loading and verifying those classes again; made
# here, by the JVM that runs it. No database runs during the build: the training run neither migrates
# nor validates the schema, Hibernate is told the dialect instead of asking the database for it, and
# it runs without the AOT definitions, which settle at build time that Flyway migrates.
RUN java -XX:ArchiveClassesAtExit=jalons.jsa -Dspring.context.exit=onRefresh \
      -Dspring.flyway.enabled=false -Dspring.jpa.hibernate.ddl-auto=none \
      -Dspring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
      -Dspring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect \
      -jar jalons.jar
USER jalons
# 8080: the application; 8081: the management endpoints (health, info, metrics), never exposed publicly.
# The management port listens on the container's loopback only (MANAGEMENT_SERVER_ADDRESS, default
# 127.0.0.1): the HEALTHCHECK below runs inside the container, so it reaches it there. Set
# MANAGEMENT_SERVER_ADDRESS=0.0.0.0 where probes or Prometheus come from outside the container.
EXPOSE 8080 8081
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS http://127.0.0.1:${MANAGEMENT_SERVER_PORT:-8081}/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:SharedArchiveFile=/app/jalons.jsa", "-Dspring.aot.enabled=true", "-jar", "/app/jalons.jar"]
