package de.leitstand.kernel.infrastructure.audit;

import de.leitstand.kernel.api.persistence.Audited;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * Registers the {@link AuditListener} on every {@link Audited} entity of a persistence unit.
 * Every context names this class in its {@code persistence.xml}, so the audit trail is one
 * mechanism for all business data.
 */
public class AuditingSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Audited audited = descriptor.getJavaClass().getAnnotation(Audited.class);
            if (audited != null) {
                descriptor.getEventManager().addListener(new AuditListener(audited.value()));
            }
        }
    }
}
