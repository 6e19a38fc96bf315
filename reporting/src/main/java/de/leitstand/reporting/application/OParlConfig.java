package de.leitstand.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The settings of the OParl interface. Ids are built from {@code LEITSTAND_PUBLIC_URL}, never from the request, so that
 * a reverse proxy publishes stable ids.
 */
@ApplicationScoped
public class OParlConfig {

    @Inject
    @ConfigProperty(name = "leitstand.public.url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "leitstand.http.port", defaultValue = "8080")
    String port;

    @Inject
    @ConfigProperty(name = "leitstand.oparl.license", defaultValue = "https://www.govdata.de/dl-de/zero-2-0")
    String license;

    @Inject
    @ConfigProperty(name = "leitstand.oparl.contact.email")
    Optional<String> contactEmail;

    @Inject
    @ConfigProperty(name = "leitstand.oparl.contact.name")
    Optional<String> contactName;

    @Inject
    @ConfigProperty(name = "leitstand.oparl.product.url")
    Optional<String> productUrl;

    /** The public address of Leitstand, ending with a slash; {@code http://localhost:<port>/} when not configured. */
    public String publicUrl() {
        String url = publicUrl.filter(u -> !u.isBlank()).map(String::strip).orElse("http://localhost:" + port.strip() + "/");
        return url.endsWith("/") ? url : url + "/";
    }

    /** The OParl root, e.g. {@code https://leitstand.example.de/oparl/v1.1/}. */
    public String base() {
        return publicUrl() + "oparl/v1.1/";
    }

    /** The licence of the published papers and data (a URL). */
    public String license() {
        return license.strip();
    }

    public Optional<String> contactEmail() {
        return contactEmail.filter(v -> !v.isBlank()).map(String::strip);
    }

    public Optional<String> contactName() {
        return contactName.filter(v -> !v.isBlank()).map(String::strip);
    }

    /** Information on the software; the public start page unless configured. */
    public String productUrl() {
        return productUrl.filter(v -> !v.isBlank()).map(String::strip).orElse(publicUrl());
    }
}
