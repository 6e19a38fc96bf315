package de.leitstand.web.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One running Leitstand — the runnable JAR, with its demo data — shared by every client-side IT of
 * this module: started before the first of them, stopped after the last. Each test stays independent
 * by creating its own records (unique names, its own years); none relies on another's.
 */
final class LeitstandServer implements BeforeAllCallback {

    private static volatile Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    /** @return the base URL of the shared server, ending in "/" */
    static URL url() {
        if (running == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(LeitstandServer.class)");
        }
        return running.server.url();
    }

    /** The server of this test run; closed by JUnit when the run ends. */
    static final class Running implements AutoCloseable {

        private final ServerProcess server;

        private Running(ServerProcess server) {
            this.server = server;
        }

        static Running start() {
            try {
                Path logs = Files.createDirectories(ServerProcess.build().toPath().resolve("it-server"));
                ServerProcess server = ServerProcess.start(Map.of(), logs);
                System.out.printf("LeitstandServer: bereit nach %d ms auf %s (Log %s)%n", server.startup().toMillis(), server.url(),
                        server.log());
                running = new Running(server);
                return running;
            } catch (Exception e) {
                throw new IllegalStateException("could not start Leitstand for the ITs", e);
            }
        }

        @Override
        public void close() throws InterruptedException {
            server.stop();
            running = null;
        }
    }
}
