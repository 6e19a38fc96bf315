package de.leitstand.controlling.bench;

import de.leitstand.controlling.domain.KpiCatalogue;
import de.leitstand.controlling.domain.KpiDefinition;
import de.leitstand.controlling.domain.Series;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The national-scale benchmark of controlling (issue #4), run by {@code bench/national.sh}, never by
 * {@code mvn verify}: generates 405 Jobcenters × 120 months × every series × 3 genders as one CSV file,
 * imports it through the running application's real import path and, in the same run, loads the same
 * file with PostgreSQL {@code COPY}; then times the national table of all Kennzahlen for one month against
 * the same arithmetic as one SQL query (the floor), and all Kennzahlen of one Jobcenter over ten years.
 * Results go to the console and to {@code target/bench/results.md}.
 */
class NationalBench {

    private static final String URL = System.getProperty("bench.url", "http://localhost:8080/");
    private static final String USER = System.getProperty("bench.user", "bench-controlling");
    private static final String PASSWORD = System.getProperty("bench.password", "Bench-Passwort-1");
    private static final String JDBC = System.getProperty("bench.jdbc", "jdbc:postgresql://localhost:5432/leitstand_bench");
    private static final int JOBCENTERS = Integer.getInteger("bench.jobcenters", 405);
    private static final int MONTHS = Integer.getInteger("bench.months", 120);
    private static final YearMonth FIRST = YearMonth.of(2015, 1);
    private static final int RUNS = 5;
    private static final String[] GENDERS = {"G", "W", "M"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> report = new ArrayList<>();

    @Test
    void nationalScale() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path csv = dir.resolve("national.csv");
        try (Connection db = DriverManager.getConnection(JDBC, System.getProperty("bench.dbuser", "leitstand"),
                System.getProperty("bench.dbpassword", "leitstand"))) {
            List<String> agencies = agencies(db);
            long rows = generate(csv, agencies);
            line("Daten: %d Jobcenter × %d Monate × %d Reihen × 3 Geschlechter = %,d Zeilen, %,d Bytes", agencies.size(), MONTHS,
                    Series.values().length, rows, Files.size(csv));

            double copy = copy(db, csv);
            line("PostgreSQL COPY derselben Datei in eine Tabelle mit den Schlüsseln, Indizes und Prüfungen von controlling_value: %.1f s", copy);
            long start = System.nanoTime();
            HttpResponse<String> imported = http.send(request("api/controlling/imports").header("Content-Type", "text/csv")
                    .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
            double importSeconds = seconds(start);
            assertEquals(200, imported.statusCode(), imported.body());
            line("Import über POST /api/controlling/imports (Prüfung jeder Zeile, alles oder nichts, dann COPY): %.1f s = %.1f × COPY",
                    importSeconds, importSeconds / copy);
            start = System.nanoTime();
            HttpResponse<String> again = http.send(request("api/controlling/imports").header("Content-Type", "text/csv")
                    .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(409, again.statusCode(), again.body());
            line("Dieselbe Datei noch einmal (erkannt, 409 IMPORT_DUPLICATE, nichts geändert): %.1f s", seconds(start));
            // a corrected file: the same keys, one value changed (the last row), goes through the staging table
            Path corrected = dir.resolve("national-corrected.csv");
            List<String> lines = Files.readAllLines(csv);
            String[] last = lines.get(lines.size() - 1).split(",", -1); // traeger_nr,monat,geschlecht,reihe,wert,datenstand
            last[4] = new java.math.BigDecimal(last[4]).add(java.math.BigDecimal.ONE).toPlainString();
            lines.set(lines.size() - 1, String.join(",", last));
            Files.write(corrected, lines);
            lines = null;
            start = System.nanoTime();
            HttpResponse<String> revised = http.send(request("api/controlling/imports").header("Content-Type", "text/csv")
                    .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofFile(corrected)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, revised.statusCode(), revised.body());
            line("Korrigierte Datei (dieselben Schlüssel, ein Wert geändert; Abgleich über eine Staging-Tabelle): %.1f s", seconds(start));

            YearMonth month = FIRST.plusMonths(MONTHS - 1);
            List<KpiDefinition> catalogue = KpiCatalogue.ORDINANCE_2019.stream().sorted(java.util.Comparator.comparing(KpiDefinition::code)).toList();
            String sql = KpiSql.national(catalogue, month, 30);
            Files.writeString(dir.resolve("national.sql"), sql);
            List<Double> floor = new ArrayList<>();
            int sqlRows = 0;
            for (int i = 0; i < RUNS + 1; i++) {
                start = System.nanoTime();
                try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
                    int n = 0;
                    while (result.next()) {
                        n++;
                    }
                    sqlRows = n;
                }
                if (i > 0) {
                    floor.add(seconds(start));
                }
            }
            List<Double> api = new ArrayList<>();
            String body = null;
            for (int i = 0; i < RUNS + 1; i++) {
                start = System.nanoTime();
                HttpResponse<String> table = http.send(request("api/controlling/national?month=" + month).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, table.statusCode(), table.body());
                if (i > 0) {
                    api.add(seconds(start));
                }
                body = table.body();
            }
            line("Bundesweite Tabelle %s: %d Jobcenter × %d Kennzahlen; GET /api/controlling/national Median %.3f s (min %.3f), "
                            + "SQL-Untergrenze (eine Abfrage) Median %.3f s (min %.3f) → %.2f × SQL", month, sqlRows, catalogue.size(),
                    median(api), Collections.min(api), median(floor), Collections.min(floor), median(api) / median(floor));
            line("Gleiche Werte: %s", sameValues(db, sql, body, catalogue) ? "ja, jede Kennzahl jedes Jobcenters wie die SQL-Abfrage" : "NEIN");

            String agency = agencies.get(0);
            List<Double> decade = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                start = System.nanoTime();
                for (KpiDefinition kpi : catalogue) {
                    for (YearMonth from = FIRST; from.isBefore(FIRST.plusMonths(MONTHS)); from = from.plusMonths(60)) {
                        HttpResponse<String> series = http.send(request("api/controlling/series/" + kpi.code() + "?agencyNumber=" + agency
                                + "&from=" + from + "&to=" + from.plusMonths(59)).GET().build(), HttpResponse.BodyHandlers.ofString());
                        assertEquals(200, series.statusCode(), series.body());
                    }
                }
                decade.add(seconds(start));
            }
            line("Ein Jobcenter (%s), alle %d Kennzahlen über %d Monate (%d Anfragen /series): Median %.2f s", agency, catalogue.size(), MONTHS,
                    catalogue.size() * (MONTHS / 60), median(decade));
        }
        Files.write(dir.resolve("results.md"), report);
    }

    private static List<String> agencies(Connection db) throws Exception {
        List<String> agencies = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery("SELECT agency_number FROM kernel_jobcenter ORDER BY agency_number LIMIT " + JOBCENTERS)) {
            while (result.next()) {
                agencies.add(result.getString(1));
            }
        }
        return agencies;
    }

    /** Deterministic plausible figures in the international dialect (',' and '.'). */
    private static long generate(Path csv, List<String> agencies) throws Exception {
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("traeger_nr,monat,geschlecht,reihe,wert,datenstand\n");
            for (int a = 0; a < agencies.size(); a++) {
                double size = 1500 + (a * 7919 % 40000);
                for (int m = 0; m < MONTHS; m++) {
                    YearMonth month = FIRST.plusMonths(m);
                    double elb = size * (1 - 0.001 * m) * (1 + 0.01 * Math.cos(m / 2.0));
                    for (Series series : Series.values()) {
                        double total = value(series, elb, month);
                        for (String gender : GENDERS) {
                            double v = "G".equals(gender) ? total : "W".equals(gender) ? total * 0.48 : total * 0.52;
                            String number = series.isMoney() ? String.format(Locale.ROOT, "%.2f", v) : Long.toString(Math.round(v));
                            out.write(agencies.get(a) + "," + month + "," + gender + "," + series.name() + "," + number + "," + month.plusMonths(3) + "\n");
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static double value(Series series, double elb, YearMonth month) {
        double season = 1 + 0.15 * Math.sin(month.getMonthValue());
        return switch (series) {
            case ELB -> elb;
            case LZB -> elb * 0.72;
            case ELB_AE -> elb * 0.09;
            case INT -> elb * 0.02 * season;
            case INT_LZB -> elb * 0.009 * season;
            case INT_AE -> elb * 0.0018 * season;
            case INT_SVB -> elb * 0.017 * season;
            case NACH_INT -> elb * 0.0095 * season;
            case EINTR_GB -> elb * 0.008;
            case EINTR_OGB -> elb * 0.003;
            case KONT_BESCH -> elb * 0.012 * season;
            case LZB_AKTIV -> elb * 0.09;
            case ZUG_ELB -> elb * 0.03;
            case ABG_ELB -> elb * 0.032;
            case ZUG_LZB -> elb * 0.011;
            case ABG_LZB -> elb * 0.014;
            case LLU_EUR -> elb * 431.5;
            case LUH_EUR -> elb * 318.2;
        };
    }

    /** COPY of the same file into a table with the same unique key as controlling_value; the seconds it took. */
    private static double copy(Connection db, Path csv) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_copy");
            // the constraints and indexes of controlling_value: key, foreign key, check, month index, id from the sequence
            statement.execute("CREATE TABLE bench_copy (id BIGINT PRIMARY KEY DEFAULT nextval('controlling_value_seq'),"
                    + " traeger_nr VARCHAR(5) NOT NULL REFERENCES kernel_jobcenter (agency_number), monat VARCHAR(7) NOT NULL,"
                    + " geschlecht VARCHAR(10) NOT NULL, reihe VARCHAR(20) NOT NULL, wert NUMERIC(17, 2) NOT NULL CHECK (wert >= 0),"
                    + " datenstand VARCHAR(7) NOT NULL, source VARCHAR(200), version BIGINT NOT NULL DEFAULT 1,"
                    + " UNIQUE (traeger_nr, reihe, monat, geschlecht, datenstand))");
            statement.execute("CREATE INDEX bench_copy_month_ix ON bench_copy (monat, reihe, geschlecht)");
        }
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(csv)) {
            db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy (traeger_nr, monat, geschlecht, reihe, wert, datenstand)"
                    + " FROM STDIN (FORMAT csv, HEADER true)", in);
        }
        double seconds = seconds(start);
        try (Statement statement = db.createStatement()) {
            statement.execute("DROP TABLE bench_copy");
        }
        return seconds;
    }

    /** Compares every value of the API's national table with the SQL floor's (both rounded to four places). */
    private static boolean sameValues(Connection db, String sql, String json, List<KpiDefinition> catalogue) throws Exception {
        jakarta.json.JsonObject table = jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject();
        List<String> codes = table.getJsonArray("codes").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        java.util.Map<String, jakarta.json.JsonArray> byAgency = new java.util.HashMap<>();
        table.getJsonArray("rows").getValuesAs(jakarta.json.JsonObject.class).forEach(r -> byAgency.put(r.getString("agencyNumber"), r.getJsonArray("values")));
        int compared = 0;
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                jakarta.json.JsonArray values = byAgency.get(result.getString(1));
                for (int k = 0; k < catalogue.size(); k++) {
                    BigDecimal expected = result.getBigDecimal(k + 2);
                    jakarta.json.JsonValue actual = values.get(codes.indexOf(catalogue.get(k).code()));
                    boolean bothNull = expected == null && actual.getValueType() == jakarta.json.JsonValue.ValueType.NULL;
                    if (!bothNull && (expected == null || actual.getValueType() == jakarta.json.JsonValue.ValueType.NULL
                            || expected.compareTo(((jakarta.json.JsonNumber) actual).bigDecimalValue()) != 0)) {
                        System.out.println("Abweichung " + result.getString(1) + " " + catalogue.get(k).code() + ": SQL " + expected + ", API " + actual);
                        return false;
                    }
                    compared++;
                }
            }
        }
        return compared > 0;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(URL).resolve(path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.GERMANY, format, args);
        System.out.println(text);
        report.add("- " + text);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
