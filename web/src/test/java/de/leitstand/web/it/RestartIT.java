package de.leitstand.web.it;

import de.leitstand.kernel.testing.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static de.leitstand.kernel.testing.ApiClient.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Starts the runnable JAR of the README's run command twice on the same data folder: what was
 * written before the restart is there after it. Prints the time to ready of both starts.
 */
class RestartIT {

    private ServerProcess server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
        Path dataDir = Files.createTempDirectory(ServerProcess.build().toPath(), "restart-data-");
        String name = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        // its own data folder, and always the embedded database: this test is about the H2 file surviving
        Map<String, String> environment = Map.of("LEITSTAND_DATA_DIR", dataDir.toString(), "LEITSTAND_DB_URL", "");

        server = ServerProcess.start(environment, dataDir);
        Duration first = server.startup();
        ApiClient api = new ApiClient(server.url());
        String body = "{\"username\":" + quote(name) + ",\"displayName\":\"Neustart\",\"agencyNumber\":\"03504\","
                + "\"roles\":[\"CONTROLLING\"],\"password\":\"Neustart-Passwort-1\"}";
        assertEquals(201, api.post("api/users", "admin", body).status());
        server.stop();

        server = ServerProcess.start(environment, dataDir);
        Duration second = server.startup();
        api = new ApiClient(server.url());
        ApiClient.Reply after = api.get("api/users/" + name, "admin");
        assertEquals(200, after.status(), after.body());
        assertEquals("Neustart", after.json().getString("displayName"));
        assertEquals(200, api.getAs("api/me", name, "Neustart-Passwort-1").status());
        assertEquals(405, api.get("api/jobcenters?size=1", "admin").json().getInt("total"), "registry loaded once, not twice");
        System.out.printf("RestartIT: bereit nach %d ms (erster Start) und %d ms (zweiter Start)%n",
                first.toMillis(), second.toMillis());
    }
}
