package de.leitstand.kernel.testing;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the module's REST resources under {@code /api} as the real WAR does. */
@ApplicationPath("api")
public class TestRestApplication extends Application {
}
