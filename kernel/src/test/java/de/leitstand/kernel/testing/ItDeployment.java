package de.leitstand.kernel.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.Objects;

/**
 * Builds the test WAR of a context module's Arquillian IT: the module's own JAR as packaged by
 * Maven, its runtime libraries (copied to {@code target/it-lib}), a data source and a JAX-RS
 * application like the real WAR's, and the same security configuration. The IT then talks to it
 * over HTTP, as a client would.
 */
public final class ItDeployment {

    private static final String RESOURCES = "de/leitstand/kernel/testing/";

    private ItDeployment() {
    }

    public static WebArchive of(String name) {
        File build = new File(System.getProperty("leitstand.it.build", "target"));
        File[] libraries = Objects.requireNonNull(new File(build, "it-lib").listFiles(),
                "target/it-lib fehlt: die ITs laufen mit mvn verify");
        File[] moduleJars = Objects.requireNonNull(build.listFiles((dir, file) -> file.startsWith("leitstand-")
                && file.endsWith(".jar") && !file.endsWith("-tests.jar") && !file.endsWith("-sources.jar")));
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibraries(libraries)
                .addAsLibraries(moduleJars)
                .addClasses(TestDataSource.class, TestRestApplication.class)
                .addAsWebInfResource(RESOURCES + "web.xml", "web.xml")
                .addAsWebInfResource(RESOURCES + "payara-web.xml", "payara-web.xml")
                .addAsWebInfResource(RESOURCES + "beans.xml", "beans.xml")
                .addAsResource(RESOURCES + "microprofile-config.properties", "META-INF/microprofile-config.properties");
    }
}
