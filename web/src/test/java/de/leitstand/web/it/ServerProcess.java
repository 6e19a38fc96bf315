package de.leitstand.web.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The runnable JAR of the README's run command as a process: started on a free port, ready when
 * {@code /health/ready} answers 200 (polled; the only wait is for that state), stopped gracefully.
 * The server inherits this JVM's environment, so CI's PostgreSQL settings apply to it too.
 */
final class ServerProcess {

    private static final Duration READY_WITHIN = Duration.ofSeconds(240);

    private final Process process;
    private final Path log;
    private final int port;
    private final Duration startup;

    private ServerProcess(Process process, Path log, int port, Duration startup) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.startup = startup;
    }

    /** The JAR that {@code mvn package} built in this module. */
    static File jar() {
        File jar = new File(build(), "leitstand-microbundle.jar");
        if (!jar.isFile()) {
            throw new IllegalStateException("run mvn package first: " + jar);
        }
        return jar;
    }

    static File build() {
        return new File(System.getProperty("leitstand.it.build", "target"));
    }

    /**
     * Starts the server and waits until it is ready.
     *
     * @param environment environment variables to set (e.g. another data folder); an empty value removes one
     */
    static ServerProcess start(Map<String, String> environment, Path logFolder) throws IOException, InterruptedException {
        int port = freePort();
        Path log = Files.createTempFile(logFolder, "server-", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar().getAbsolutePath(), "--port", Integer.toString(port), "--nocluster")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        environment.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        builder.environment().put("LEITSTAND_HTTP_PORT", Integer.toString(port));
        Instant begin = Instant.now();
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://localhost:" + port + "/health/ready");
        while (Duration.between(begin, Instant.now()).compareTo(READY_WITHIN) < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server ended early, see " + log + ":\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new ServerProcess(process, log, port, Duration.between(begin, Instant.now()));
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("server not ready after " + READY_WITHIN.toSeconds() + " s, see " + log);
    }

    URL url() {
        try {
            return URI.create("http://localhost:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    Duration startup() {
        return startup;
    }

    Path log() {
        return log;
    }

    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
