# syntax=docker/dockerfile:1
# Build stage: the project's own Maven build (no wrapper; Maven comes with the image).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
RUN mvn -B -ntp -q package -DskipTests \
 && java -Djarmode=tools -jar target/sitrep.jar extract --destination target/extracted

# Run stage: a JRE only, as a non-root user; the libraries are copied apart from the application so they cache well.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin sitrep \
 && mkdir -p /app/data /app/config && chown -R sitrep /app
WORKDIR /app
COPY --from=build /src/target/extracted/lib/ ./lib/
COPY --from=build /src/target/extracted/sitrep.jar ./sitrep.jar
COPY config/application.yml config/application.yml
# The JVM's settings, for the training run below and for every launch (FirstReplyBench reads them from here too).
# The serial collector: on the one or two cores a container like this gets, G1's concurrent threads cost more CPU,
# at start-up above all, than its shorter pauses are worth to a bot whose live heap stays small.
# The JIT's compiler threads run niced (ThreadPriorityPolicy=1 lets the JVM lower, never raise, a thread's priority,
# as any user may; it warns once at start that raising would need root): on two cores, start-up's C1 and C2 work
# then waits for the main thread instead of halving its share, and in steady state they still get every idle cycle.
# No code-cache flushing: code that runs once per poll looks cold to JDK 17's sweeper between polls, which threw it
# away to compile it again (50 sources polled every 30 s: the JIT at 3.5 % of a core in steady state, 1.7 % without
# flushing, SourcesBench); Sitrep's compiled code stays far below the 240 MB code cache.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseSerialGC -XX:ThreadPriorityPolicy=1 -XX:CompilerThreadPriority=19 -XX:-UseCodeCacheFlushing -Djava.awt.headless=true"
# Spring Boot's CDS support: a training run with this image's own JVM starts the context and exits before anything
# runs (no polling, no Telegram), writing the class archive every launch then maps, which takes a good part of the
# start-up's class loading off the way to the first answer. A throwaway in-memory database; nothing is kept.
RUN java -XX:ArchiveClassesAtExit=sitrep.jsa -Xlog:cds=off -Dspring.context.exit=onRefresh -jar sitrep.jar \
      --sitrep.telegram.token=123456:cds-training-only-not-a-bot --sitrep.telegram.api-url=http://127.0.0.1:9 \
      --spring.datasource.url=jdbc:h2:mem:cds-training --server.port=0 --management.server.port=0 \
 && test -s sitrep.jsa
USER sitrep
VOLUME /app/data
# Configuration comes from the environment (relaxed binding), e.g. SITREP_TELEGRAM_TOKEN, SITREP_SOURCES_0_URL,
# SITREP_TELEGRAM_MODE=webhook, SPRING_PROFILES_ACTIVE=postgres, SPRING_DATASOURCE_URL. Inside a container the
# HTTP port must listen on all interfaces to be published; the API then needs SITREP_API_KEY (or
# SITREP_API_ENABLED=false). The management port stays on the container's loopback unless
# MANAGEMENT_SERVER_ADDRESS=0.0.0.0 is set for a Prometheus outside the container.
ENV SERVER_ADDRESS=0.0.0.0 \
    SERVER_PORT=8080 \
    MANAGEMENT_SERVER_PORT=8081
EXPOSE 8080 8081
# Healthy when the actuator answers 200 (it answers 503 when a source went stale or Telegram is unreachable).
# Plain bash, so the image needs neither curl nor wget.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["bash", "-c", \
  "exec 3<>/dev/tcp/127.0.0.1/${MANAGEMENT_SERVER_PORT:-8081} && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-XX:SharedArchiveFile=sitrep.jsa", "-Xlog:cds=off", "-jar", "sitrep.jar"]
