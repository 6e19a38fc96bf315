package de.leitstand.kernel.infrastructure.persistence;

import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;

/**
 * Hooks the {@link TenancyGuard} into EclipseLink's life cycle of one entity class: every object
 * built from a row or cloned into a persistence context is checked for reading, every insert,
 * update and delete for writing.
 */
final class TenancyListener extends DescriptorEventAdapter {

    private final TenancyGuard guard;

    TenancyListener(TenancyGuard guard) {
        this.guard = guard;
    }

    @Override
    public void postBuild(DescriptorEvent event) {
        guard.checkRead(event.getSource());
    }

    @Override
    public void postClone(DescriptorEvent event) {
        guard.checkRead(event.getSource());
    }

    @Override
    public void postRefresh(DescriptorEvent event) {
        guard.checkRead(event.getSource());
    }

    @Override
    public void prePersist(DescriptorEvent event) {
        guard.checkWrite(event.getSource());
    }

    @Override
    public void preUpdateWithChanges(DescriptorEvent event) {
        guard.checkChange(event.getSource());
    }

    @Override
    public void preRemove(DescriptorEvent event) {
        guard.checkChange(event.getSource());
    }
}
