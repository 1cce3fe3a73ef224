# The app as a container, built from this repository (used by docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 alur
WORKDIR /app
COPY --from=build /src/target/alur-*.jar /app/alur.jar
USER alur
# Night-time jobs (history cleanup) follow the server's clock: the city's.
ENV TZ=Asia/Jakarta
# pom.xml's alur.jvm.arguments (spring-boot:run): the heap limit and the parallel collector; an operator may set
# JDK_JAVA_OPTIONS otherwise.
ENV JDK_JAVA_OPTIONS="-Xmx512m -XX:+UseParallelGC"
# pom.xml's alur.malloc.arena.max: glibc's malloc arenas, about 100 MiB less resident memory after a load.
ENV MALLOC_ARENA_MAX=2
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/alur.jar"]
