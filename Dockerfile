# syntax=docker/dockerfile:1
# Aufnahmelotse: build with Maven + JDK 17, run on a JRE 17 as a non-root user. rules/ and web/ are copied into the
# image (the service reads them at start and watches rules/ for changes). Build: docker build -t aufnahmelotse .
# Run: docker run -p 8080:8080 -e ADMIN_TOKEN=... aufnahmelotse   (see README.md, "Deploy")

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY . .
# web/ is optional for the build; make sure the runtime stage can always copy it
RUN mkdir -p web && mvn -q -B -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 lotse \
 && useradd --system --uid 10001 --gid lotse --home-dir /app --no-create-home --shell /usr/sbin/nologin lotse
WORKDIR /app
COPY --from=build --chown=root:root /src/target/aufnahmelotse.jar /app/aufnahmelotse.jar
COPY --from=build --chown=root:root /src/rules /app/rules
COPY --from=build --chown=root:root /src/web /app/web
# JVM settings measured with bench/startup-memory.sh (see bin/aufnahmelotse, which explains each): the parallel
# collector with a fixed 64 MB young generation, a heap that grows only as needed, and an AppCDS archive made here
# with this JRE by one training run (the service starts, answers an advice, the catalog and the page over HTTP with
# a throwaway case database, and exits).
ENV JVM_OPTS="-XX:+UseParallelGC -XX:-UseAdaptiveSizePolicy -Xmn64m -XX:SurvivorRatio=6 -Xms256m -Xmx512m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -Xss512k -XX:MetaspaceSize=48m -XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError"
RUN java $JVM_OPTS -XX:ArchiveClassesAtExit=/app/aufnahmelotse.jsa -jar /app/aufnahmelotse.jar serve --exit-when-ready \
      --port 0 --no-watch-rules --rules /app/rules --web /app/web --data /tmp/cds-training >/dev/null \
 && rm -rf /tmp/cds-training
# Cases (issue 14): the embedded database lives in DATA_DIR (mount a volume there), or set DATABASE_URL,
# DATABASE_USER and DATABASE_PASSWORD for PostgreSQL.
RUN mkdir -p /data && chown 10001:10001 /data
USER 10001:10001
VOLUME /data
ENV PORT=8080 RULES_DIR=/app/rules WEB_DIR=/app/web DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="$JVM_OPTS -XX:SharedArchiveFile=/app/aufnahmelotse.jsa -Xshare:auto"
EXPOSE 8080
# Ready = rules loaded. No curl in the JRE image: bash's /dev/tcp asks /ready and checks for a 200.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf 'GET /ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-jar", "/app/aufnahmelotse.jar", "serve"]
