# Multi-stage build: the JDK compiles, a JRE runs as an unprivileged user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
# The tests need a PostgreSQL: they run in CI (./mvnw verify), not in the image build.
RUN ./mvnw -B -ntp -q -DskipTests package && cp target/jalons-*.jar /build/jalons.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system jalons && useradd --system --gid jalons --home /app jalons
WORKDIR /app
COPY --from=build /build/jalons.jar /app/jalons.jar
USER jalons
# 8080: the application; 8081: the management endpoints (health, info, metrics), internal only
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/jalons.jar"]
