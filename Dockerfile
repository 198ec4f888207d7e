# syntax=docker/dockerfile:1
# Build stage: the project's own Maven build (no wrapper; Maven comes with the image).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
RUN mvn -B -ntp -q package -DskipTests \
 && java -Djarmode=tools -jar target/sitrep.jar extract --layers --launcher --destination target/extracted

# Run stage: a JRE only, as a non-root user; the jar's layers are copied separately so dependencies cache well.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin sitrep \
 && mkdir -p /app/data /app/config && chown -R sitrep /app
WORKDIR /app
COPY --from=build /src/target/extracted/dependencies/ ./
COPY --from=build /src/target/extracted/spring-boot-loader/ ./
COPY --from=build /src/target/extracted/snapshot-dependencies/ ./
COPY --from=build /src/target/extracted/application/ ./
COPY config/application.yml config/application.yml
USER sitrep
VOLUME /app/data
# Configuration comes from the environment (relaxed binding), e.g. SITREP_TELEGRAM_TOKEN, SITREP_SOURCES_0_URL,
# SITREP_TELEGRAM_MODE=webhook, SPRING_PROFILES_ACTIVE=postgres, SPRING_DATASOURCE_URL. Inside a container the
# HTTP port must listen on all interfaces to be published; the API then needs SITREP_API_KEY (or
# SITREP_API_ENABLED=false). The management port stays on the container's loopback unless
# MANAGEMENT_SERVER_ADDRESS=0.0.0.0 is set for a Prometheus outside the container.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.awt.headless=true" \
    SERVER_ADDRESS=0.0.0.0 \
    SERVER_PORT=8080 \
    MANAGEMENT_SERVER_PORT=8081
EXPOSE 8080 8081
# Healthy when the actuator answers 200 (it answers 503 when a source went stale or Telegram is unreachable).
# Plain bash, so the image needs neither curl nor wget.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["bash", "-c", \
  "exec 3<>/dev/tcp/127.0.0.1/${MANAGEMENT_SERVER_PORT:-8081} && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
