package de.leitstand.kernel.infrastructure.startup;

import de.leitstand.kernel.api.ContextSchema;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready when the database answers and every context's migrations have run. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = ContextSchema.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    MigrationState migrations;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        boolean reachable;
        try (Connection connection = dataSource.getConnection()) {
            reachable = connection.isValid(2);
            response.withData("product", connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            reachable = false;
            response.withData("error", e.getMessage());
        }
        response.withData("migrations", String.join(", ", migrations.getApplied()));
        if (migrations.getFailure() != null) {
            response.withData("migrationFailure", migrations.getFailure());
        }
        return response.status(reachable && migrations.isComplete()).build();
    }
}
