package de.leitstand.kernel.infrastructure.startup;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Starts the {@link StartupSequence} once the application's resources (the data source) are bound,
 * which is later than CDI's own initialisation event. Transactions are the sequence's own.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupTrigger {

    @Inject
    StartupSequence sequence;

    @PostConstruct
    void start() {
        sequence.run();
    }
}
