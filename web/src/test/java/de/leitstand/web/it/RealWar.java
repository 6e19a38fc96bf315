package de.leitstand.web.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The WAR exactly as Maven packaged it, for the ITs that must test the real thing. */
final class RealWar {

    private RealWar() {
    }

    static WebArchive archive() {
        File war = new File(System.getProperty("leitstand.it.build", "target"), "leitstand.war");
        return ShrinkWrap.create(ZipImporter.class, "leitstand.war").importFrom(war).as(WebArchive.class);
    }
}
