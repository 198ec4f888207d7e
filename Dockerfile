# Build stage: the project's own Maven build (no wrapper; Maven comes with the image).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
RUN mvn -B -ntp -q package -DskipTests \
 && java -Djarmode=tools -jar target/sitrep.jar extract --layers --destination target/extracted

# Run stage: a JRE only, as a non-root user, the jar's layers copied separately so dependencies cache well.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /app sitrep && mkdir -p /app/data /app/config && chown -R sitrep /app
WORKDIR /app
COPY --from=build /src/target/extracted/dependencies/ ./
COPY --from=build /src/target/extracted/spring-boot-loader/ ./
COPY --from=build /src/target/extracted/snapshot-dependencies/ ./
COPY --from=build /src/target/extracted/application/ ./
COPY config/application.yml config/application.yml
USER sitrep
VOLUME /app/data
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.awt.headless=true"
# Configure with environment variables, e.g. SITREP_TELEGRAM_TOKEN, SITREP_SOURCES_0_URL, SPRING_DATASOURCE_URL.
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s CMD test -f /app/data/sitrep.mv.db || exit 1
ENTRYPOINT ["java", "-jar", "sitrep.jar"]
