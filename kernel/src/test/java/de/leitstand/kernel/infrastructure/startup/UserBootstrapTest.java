package de.leitstand.kernel.infrastructure.startup;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.application.PasswordHasher;
import de.leitstand.kernel.domain.UserAccount;
import de.leitstand.kernel.domain.UserRepository;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserBootstrapTest {

    private final List<UserAccount> stored = new ArrayList<>();

    private UserBootstrap bootstrap(String adminPassword) {
        UserBootstrap bootstrap = new UserBootstrap();
        bootstrap.users = new InMemoryUsers();
        bootstrap.hasher = new PasswordHasher() {
            @Override
            public String hash(char[] password) {
                return "hash:" + new String(password);
            }
        };
        bootstrap.adminPassword = Optional.ofNullable(adminPassword);
        return bootstrap;
    }

    @Test
    void demoModeCreatesTheDocumentedUsersOnce() {
        UserBootstrap bootstrap = bootstrap(null);
        bootstrap.ensureUsers(true);
        bootstrap.ensureUsers(true);
        assertEquals(13, stored.size(), "the eleven Jobcenter and national users of the README and the two supervising-level users");
        UserAccount gf = find("ee-gf");
        assertEquals(new AgencyNumber("03504"), gf.getAgencyNumber());
        assertEquals(Set.of(Role.GESCHAEFTSFUEHRUNG), gf.getRoles());
        assertEquals(new AgencyNumber("26706"), find("row-gremium").getAgencyNumber());
        assertEquals(null, find("admin").getAgencyNumber());
        assertEquals(Set.of(Role.REGIONALDIREKTION), find("rd-bb").getRoles());
        assertEquals(Set.of(Role.LAND), find("land-nds").getRoles());
        assertTrue(stored.stream().allMatch(u -> u.getPasswordHash().equals("hash:demo")));
    }

    @Test
    void withoutDemoTheFirstStartCreatesOneAdminWithTheConfiguredPassword() {
        UserBootstrap bootstrap = bootstrap("Konfiguriert-123");
        bootstrap.ensureUsers(false);
        bootstrap.ensureUsers(false);
        assertEquals(1, stored.size());
        assertEquals("hash:Konfiguriert-123", find("admin").getPasswordHash());
        assertEquals(Set.of(Role.ADMIN), find("admin").getRoles());
    }

    @Test
    void withoutAConfiguredPasswordTheAdminGetsARandomOne() {
        bootstrap("").ensureUsers(false);
        String hash = find("admin").getPasswordHash();
        assertTrue(hash.startsWith("hash:") && hash.length() > 20, hash);
        assertTrue(!hash.equals("hash:demo"));
    }

    private UserAccount find(String username) {
        return stored.stream().filter(u -> u.getUsername().equals(username)).findFirst().orElseThrow();
    }

    private final class InMemoryUsers implements UserRepository {
        @Override
        public Optional<UserAccount> find(String username) {
            return stored.stream().filter(u -> u.getUsername().equals(username)).findFirst();
        }

        @Override
        public List<UserAccount> search(String text, AgencyNumber agencyNumber, int offset, int limit) {
            return stored;
        }

        @Override
        public long count(String text, AgencyNumber agencyNumber) {
            return stored.size();
        }

        @Override
        public void add(UserAccount user) {
            stored.add(user);
        }

        @Override
        public boolean isEmpty() {
            return stored.isEmpty();
        }

        @Override
        public void flush() {
        }
    }
}
