package de.leitstand.kernel.api.work;

import java.util.List;

/**
 * A context's contribution to the start page's work list. Implementations are CDI beans (usually
 * {@code @ApplicationScoped} in the context's {@code application} package); the web module finds every one
 * through {@code Instance<WorkItemSource>}, so a new context adds its items without touching the start page.
 * A source answers for the logged-in caller (inject {@link de.leitstand.kernel.api.security.Caller}): only
 * what this user, in their roles and Jobcenter, is to act on. National users without a Jobcenter get the
 * items that are national, or none.
 */
public interface WorkItemSource {

    /** @return the items waiting for the caller; empty when none (never {@code null}) */
    List<WorkItem> items();
}
