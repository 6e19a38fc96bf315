package de.leitstand.kernel.infrastructure.persistence;

import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.kernel.infrastructure.audit.AuditingSessionCustomizer;
import de.leitstand.kernel.infrastructure.cluster.ClusterMode;
import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * The rules every persistence unit of Leitstand follows, named once in each context's
 * {@code persistence.xml}: every entity is classified for tenancy ({@link EntityScope}; an
 * unclassified entity stops the deployment), tenant-scoped entities and shared records get the
 * {@link TenancyGuard}, audited entities the audit trail, every entity the check of its column limits
 * ({@link ColumnLimits}). In cluster mode no entity is kept in
 * EclipseLink's shared cache, so a change made on one node is read on every other at once
 * (see the README, "Cluster").
 */
public class PersistenceRules implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        TenancyGuard guard = new TenancyGuard(PersistenceRules::tenancy);
        boolean cluster = ClusterMode.enabled();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.isAggregateDescriptor() || descriptor.isAggregateCollectionDescriptor()) {
                continue;
            }
            if (cluster) {
                descriptor.setCacheIsolation(CacheIsolationType.ISOLATED);
            }
            descriptor.getEventManager().addListener(new ColumnLimits());
            EntityScope scope = EntityScope.of(descriptor.getJavaClass());
            if (scope == EntityScope.TENANT || scope == EntityScope.SHARED) {
                descriptor.getEventManager().addListener(new TenancyListener(guard));
            }
        }
        new AuditingSessionCustomizer().customize(session);
    }

    /** The application-scoped tenancy rule's client proxy, looked up once: it asks the current request's caller on every call. */
    private static volatile Tenancy tenancy;

    private static Tenancy tenancy() {
        Tenancy found = tenancy;
        if (found == null) {
            found = CDI.current().select(Tenancy.class).get();
            tenancy = found;
        }
        return found;
    }
}
