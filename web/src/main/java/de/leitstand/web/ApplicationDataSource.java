package de.leitstand.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Leitstand's own data source: an H2 file below {@code LEITSTAND_DATA_DIR} by default,
 * PostgreSQL when {@code LEITSTAND_DB_URL} says so. Never Payara's {@code jdbc/__default},
 * which lives in a temporary folder.
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
                "fish.payara.connection-validation-method=auto-commit"})
public class ApplicationDataSource {

    public static final String JNDI_NAME = de.leitstand.kernel.api.ContextSchema.DATA_SOURCE;
}
