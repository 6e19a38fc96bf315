package de.leitstand.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The Erklärung zur Barrierefreiheit (BITV 2.0 § 7): its feedback contact is the operator's address,
 * {@code LEITSTAND_ACCESSIBILITY_CONTACT} (an e-mail address); unset, the page says whom to ask instead.
 */
@Named
@ApplicationScoped
public class AccessibilityStatement {

    @Inject
    @ConfigProperty(name = "leitstand.accessibility.contact")
    Optional<String> contact;

    public String getContact() {
        return contact.map(String::trim).filter(value -> !value.isEmpty()).orElse(null);
    }
}
