package de.leitstand.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Leitstand's own data source: an H2 file below {@code LEITSTAND_DATA_DIR} by default,
 * PostgreSQL when {@code LEITSTAND_DB_URL} says so. Never Payara's {@code jdbc/__default},
 * which lives in a temporary folder. A pooled connection is checked with {@code isValid} before it is
 * handed out (a real round trip; "auto-commit" only asks the driver, and PostgreSQL's answers without
 * the server), and one that failed makes the pool drop all others: after a database restart no request
 * gets a connection that died with the old server.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "${MPCONFIG=leitstand.db.datasource-class}",
        url = "${MPCONFIG=leitstand.db.url}",
        user = "${MPCONFIG=leitstand.db.user}",
        password = "${MPCONFIG=leitstand.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"})
public class ApplicationDataSource {

    public static final String JNDI_NAME = de.leitstand.kernel.api.ContextSchema.DATA_SOURCE;
}
