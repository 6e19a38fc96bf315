package de.leitstand.kernel.testing;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** The same data source definition as the real WAR's, for the test WARs of the module ITs. */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/leitstand",
        className = "${MPCONFIG=leitstand.db.datasource-class}",
        url = "${MPCONFIG=leitstand.db.url}",
        user = "${MPCONFIG=leitstand.db.user}",
        password = "${MPCONFIG=leitstand.db.password}",
        minPoolSize = 1,
        maxPoolSize = 10)
public class TestDataSource {
}
