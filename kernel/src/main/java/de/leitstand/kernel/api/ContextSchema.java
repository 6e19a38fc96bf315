package de.leitstand.kernel.api;

/**
 * A bounded context's database schema. Each context publishes one as an application-scoped bean;
 * at start-up the kernel migrates them in {@link #order()} with Flyway, each from
 * {@code classpath:db/migration/<name>} into its own history table {@code flyway_history_<name>}.
 */
public interface ContextSchema {

    /** The JNDI name of Leitstand's data source, defined by the WAR; every persistence unit uses it. */
    String DATA_SOURCE = "java:app/jdbc/leitstand";

    /** @return the context's name, also its table prefix, e.g. {@code planning} */
    String name();

    /** @return position in the migration order; contexts migrate after those they refer to */
    int order();
}
