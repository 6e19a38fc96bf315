package de.leitstand.web.it;

import de.leitstand.kernel.testing.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static de.leitstand.kernel.testing.ApiClient.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Starts the runnable JAR of the README's run command twice on the same data folder: what was
 * written before the restart is there after it. Prints the time to ready of both starts.
 */
class RestartIT {

    private Process server;
    private final List<Path> logs = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        stopServer();
    }

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
        File build = new File(System.getProperty("leitstand.it.build", "target"));
        File jar = new File(build, "leitstand-microbundle.jar");
        assertTrue(jar.isFile(), "run mvn package first: " + jar);
        Path dataDir = Files.createTempDirectory(build.toPath(), "restart-data-");
        int port = freePort();
        String name = "restart-" + UUID.randomUUID().toString().substring(0, 8);

        Duration first = start(jar, dataDir, port);
        ApiClient api = new ApiClient(new URL("http://localhost:" + port + "/"));
        String body = "{\"username\":" + quote(name) + ",\"displayName\":\"Neustart\",\"agencyNumber\":\"03504\","
                + "\"roles\":[\"CONTROLLING\"],\"password\":\"Neustart-Passwort-1\"}";
        assertEquals(201, api.post("api/users", "admin", body).status());
        stopServer();

        Duration second = start(jar, dataDir, port);
        ApiClient.Reply after = api.get("api/users/" + name, "admin");
        assertEquals(200, after.status(), after.body());
        assertEquals("Neustart", after.json().getString("displayName"));
        assertEquals(200, api.getAs("api/me", name, "Neustart-Passwort-1").status());
        assertEquals(405, api.get("api/jobcenters?size=1", "admin").json().getInt("total"), "registry loaded once, not twice");
        System.out.printf("RestartIT: bereit nach %d ms (erster Start) und %d ms (zweiter Start)%n",
                first.toMillis(), second.toMillis());
    }

    private Duration start(File jar, Path dataDir, int port) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dataDir, "server-", ".log");
        logs.add(log);
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx1g", "-jar", jar.getAbsolutePath(),
                "--port", Integer.toString(port), "--nocluster")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LEITSTAND_DATA_DIR", dataDir.toString());
        builder.environment().put("LEITSTAND_HTTP_PORT", Integer.toString(port));
        Instant begin = Instant.now();
        server = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://localhost:" + port + "/health/ready");
        while (Duration.between(begin, Instant.now()).toSeconds() < 240) {
            if (!server.isAlive()) {
                fail("server ended early, see " + log + ":\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.between(begin, Instant.now());
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail("server not ready after 240 s, see " + log);
        return null;
    }

    private void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
        server = null;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
