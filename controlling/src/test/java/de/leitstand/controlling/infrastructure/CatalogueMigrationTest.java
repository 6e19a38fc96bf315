package de.leitstand.controlling.infrastructure;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An installation with the catalogue of an earlier release (one row per code, K2E3 over all integrations)
 * is migrated to versioned definitions: K2E3 divides by INT_SVB from 2019 and has its 2011 version before.
 */
class CatalogueMigrationTest {

    private static final String URL = "jdbc:h2:mem:catalogue-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private static Flyway flyway(String target) {
        return Flyway.configure(CatalogueMigrationTest.class.getClassLoader()).dataSource(URL, "sa", "")
                .locations("classpath:db/migration/controlling").table("flyway_history_controlling").baselineOnMigrate(true).baselineVersion("0").target(target).load();
    }

    private static String version(String source) {
        return source.contains("15.03.2019") ? "2019" : source.contains("24.03.2011") ? "2011" : "2011 und 2019";
    }

    @Test
    void existingCatalogueRowsAreCarriedOverAndCorrected() throws Exception {
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE kernel_jobcenter (agency_number VARCHAR(5) PRIMARY KEY)");
            flyway("7").migrate();
            sql.execute("INSERT INTO controlling_kpi VALUES ('K2', 'Integrationsquote', 'ROLLING12_SUM_OVER_AVG', 'INT', 'ELB', 1, 0, 2, TRUE, TRUE, NULL, NULL, 0)");
            sql.execute("INSERT INTO controlling_kpi VALUES ('K2E3', 'Kontinuierliche Beschäftigung nach Integration', 'ROLLING12_SUM_RATIO', 'KONT_BESCH', 'INT', 0, 6, 2, FALSE, TRUE, DATE '2019-01-01', NULL, 3)");
            sql.execute("INSERT INTO controlling_kpi VALUES ('K3E1', 'Integrationsquote der Langzeitleistungsbeziehenden', 'ROLLING12_SUM_OVER_AVG', 'INT_LZB', 'LZB', 1, 0, 3, FALSE, TRUE, NULL, NULL, 0)");
            flyway("latest").migrate();
            List<String> rows = new ArrayList<>();
            try (ResultSet r = sql.executeQuery("SELECT id, name, numerator, denominator, extra_lag, valid_from, valid_to, source"
                    + " FROM controlling_kpi_definition ORDER BY id")) {
                while (r.next()) {
                    rows.add(r.getString(1) + " | " + r.getString(2) + " | " + r.getString(3) + "/" + r.getString(4) + " | " + r.getInt(5)
                            + " | " + r.getString(6) + "–" + r.getString(7) + " | " + version(r.getString(8)));
                }
            }
            assertEquals(List.of(
                    "K2@ | Integrationsquote | INT/ELB | 0 | null–null | 2011 und 2019",
                    "K2E3@ | Nachhaltigkeit der Integrationen | NACH_INT/INT_SVB | 12 | null–2018-12-31 | 2011",
                    "K2E3@2019-01 | Kontinuierliche Beschäftigung nach Integration | KONT_BESCH/INT_SVB | 6 | 2019-01-01–null | 2019",
                    "K3E1@ | Integrationsquote der Langzeitleistungsbezieher | INT_LZB/LZB | 0 | null–2018-12-31 | 2011",
                    "K3E1@2019-01 | Integrationsquote der Langzeitleistungsbeziehenden | INT_LZB/LZB | 0 | 2019-01-01–null | 2019"),
                    rows);
        }
    }
}
