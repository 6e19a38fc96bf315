package de.leitstand.kernel.infrastructure.startup;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.Land;
import de.leitstand.kernel.api.Regionaldirektion;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.SupervisoryLevel;
import de.leitstand.kernel.application.PasswordHasher;
import de.leitstand.kernel.domain.UserAccount;
import de.leitstand.kernel.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Makes sure someone can log in: in demo mode the documented demo users (password {@code demo});
 * otherwise, on the very first start, one {@code admin} with the configured password or a random
 * one that is printed once to the log.
 */
@ApplicationScoped
public class UserBootstrap {

    private static final Logger LOG = Logger.getLogger(UserBootstrap.class.getName());
    static final String DEMO_PASSWORD = "demo";

    /** The demo users of the README: username, name, Jobcenter (null = national), role. */
    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin", "Administration (Demo)", null, Role.ADMIN),
            new DemoUser("ee-gf", "Geschäftsführung Elbe-Elster (Demo)", "03504", Role.GESCHAEFTSFUEHRUNG),
            new DemoUser("ee-controlling", "Controlling Elbe-Elster (Demo)", "03504", Role.CONTROLLING),
            new DemoUser("ee-fachaufsicht", "Fachaufsicht Elbe-Elster (Demo)", "03504", Role.FACHAUFSICHT),
            new DemoUser("ee-team", "Teamleitung Elbe-Elster (Demo)", "03504", Role.TEAMLEITUNG),
            new DemoUser("ee-programme", "Programmkoordination Elbe-Elster (Demo)", "03504", Role.PROGRAMME),
            new DemoUser("ee-gremium", "Trägerversammlung Elbe-Elster (Demo)", "03504", Role.GREMIUM),
            new DemoUser("row-gf", "Geschäftsführung Rotenburg (Wümme) (Demo)", "26706", Role.GESCHAEFTSFUEHRUNG),
            new DemoUser("row-controlling", "Controlling Rotenburg (Wümme) (Demo)", "26706", Role.CONTROLLING),
            new DemoUser("row-programme", "Programmkoordination Rotenburg (Wümme) (Demo)", "26706", Role.PROGRAMME),
            new DemoUser("row-gremium", "Ausschuss für das Jobcenter Rotenburg (Wümme) (Demo)", "26706", Role.GREMIUM),
            new DemoUser("rd-bb", "Regionaldirektion Berlin-Brandenburg (Demo)", null, Role.REGIONALDIREKTION,
                    SupervisoryLevel.of(Regionaldirektion.BERLIN_BRANDENBURG)),
            new DemoUser("land-nds", "Land Niedersachsen (Demo)", null, Role.LAND, SupervisoryLevel.of(Land.NI)));

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "leitstand.admin.password")
    Optional<String> adminPassword;

    @Transactional
    public void ensureUsers(boolean demo) {
        if (demo) {
            String hash = hasher.hash(DEMO_PASSWORD.toCharArray());
            int created = 0;
            for (DemoUser demoUser : DEMO_USERS) {
                if (users.find(demoUser.username()).isEmpty()) {
                    users.add(new UserAccount(demoUser.username(), demoUser.displayName(),
                            demoUser.agencyNumber() == null ? null : new AgencyNumber(demoUser.agencyNumber()),
                            Set.of(demoUser.role()), demoUser.level(), hash));
                    created++;
                }
            }
            int count = created;
            LOG.info(() -> "Demo-Modus: " + count + " Demo-Benutzer angelegt (Passwort „demo“)");
        } else if (users.isEmpty()) {
            String password = adminPassword.filter(value -> !value.isBlank()).orElseGet(UserBootstrap::randomPassword);
            users.add(new UserAccount("admin", "Administration", null, Set.of(Role.ADMIN),
                    hasher.hash(password.toCharArray())));
            if (adminPassword.filter(value -> !value.isBlank()).isPresent()) {
                LOG.info("Erster Start: Benutzer „admin“ mit dem Passwort aus LEITSTAND_ADMIN_PASSWORD angelegt");
            } else {
                LOG.warning("Erster Start: Benutzer „admin“ angelegt, Passwort (nur jetzt angezeigt): " + password);
            }
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "-1";
    }

    record DemoUser(String username, String displayName, String agencyNumber, Role role, SupervisoryLevel level) {
        DemoUser(String username, String displayName, String agencyNumber, Role role) {
            this(username, displayName, agencyNumber, role, null);
        }
    }
}
