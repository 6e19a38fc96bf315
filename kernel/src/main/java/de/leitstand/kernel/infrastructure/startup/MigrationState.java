package de.leitstand.kernel.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the start-up migrations did; the readiness check reports it. */
@ApplicationScoped
public class MigrationState {

    private volatile boolean complete;
    private volatile String failure;
    private final List<String> applied = Collections.synchronizedList(new ArrayList<>());

    void record(String schema, String version) {
        applied.add(schema + "@" + version);
    }

    void complete() {
        complete = true;
    }

    void fail(String message) {
        failure = message;
    }

    public boolean isComplete() {
        return complete && failure == null;
    }

    /** @return the failure message, or {@code null} */
    public String getFailure() {
        return failure;
    }

    /** @return each schema with its current version, e.g. {@code kernel@1} */
    public List<String> getApplied() {
        return List.copyOf(applied);
    }
}
