package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.ControllingRepository;
import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.ImportRow;
import de.leitstand.controlling.domain.KpiCatalogue;
import de.leitstand.controlling.domain.Series;
import de.leitstand.kernel.api.ApplicationStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * At start-up: the Kennzahlen catalogue is seeded from the ordinance's definitions; in demo mode
 * plausible monthly figures are loaded (marked "Demowerte" as their source): Elbe-Elster 2017–2020
 * consistent with seed 002 (about 5.400–5.600 ELB, LZB about 77 %, 2019 integrations near the 2020
 * target of 1.141), Rotenburg (Wümme) 2018–2020.
 */
@ApplicationScoped
public class ControllingStartup {

    private static final Logger LOG = Logger.getLogger(ControllingStartup.class.getName());
    static final String DEMO_SOURCE = "Demowerte";
    /** A seasonal profile of integrations (January first), shares of the year. */
    private static final double[] SEASON = {0.065, 0.075, 0.09, 0.095, 0.09, 0.085, 0.08, 0.09, 0.1, 0.095, 0.085, 0.05};

    /** Series added after the first release of the demo data. */
    private static final java.util.Set<Series> ADDED_SERIES = java.util.EnumSet.of(Series.INT_SVB, Series.NACH_INT);

    @Inject
    ControllingRepository repository;

    @Transactional
    void onStart(@Observes ApplicationStarted started) {
        repository.seedCatalogue(KpiCatalogue.DEFINITIONS);
        if (!started.demo()) {
            return;
        }
        var december = repository.figures(new de.leitstand.kernel.api.AgencyNumber("03504"), Gender.GESAMT,
                YearMonth.of(2019, 12), YearMonth.of(2019, 12), null);
        List<ImportRow> rows = new ArrayList<>();
        rows.addAll(demo("03504", YearMonth.of(2017, 1), YearMonth.of(2020, 12), 5650, -0.0012, 1160, true));
        rows.addAll(demo("26706", YearMonth.of(2018, 1), YearMonth.of(2020, 12), 4100, -0.0008, 900, false));
        if (!december.value(Series.ELB, YearMonth.of(2019, 12)).isPresent()) {
            repository.store(rows, DEMO_SOURCE);
            LOG.info(() -> "Demo-Modus: " + rows.size() + " monatliche Basiszahlen (Demowerte) geladen");
        } else if (!december.value(Series.INT_SVB, YearMonth.of(2019, 12)).isPresent()) {
            // demo data of an earlier release: add the series it did not have yet
            List<ImportRow> added = rows.stream().filter(r -> ADDED_SERIES.contains(r.series())).toList();
            repository.store(added, DEMO_SOURCE);
            LOG.info(() -> "Demo-Modus: " + added.size() + " Demowerte der neuen Reihen INT_SVB und NACH_INT ergänzt");
        }
    }

    /** Deterministic plausible figures: a slowly falling ELB stock with seasonality and the ratios the seed names. */
    static List<ImportRow> demo(String agency, YearMonth from, YearMonth to, double startElb, double monthlyTrend,
                                double integrationsPerYear, boolean withGenders) {
        List<ImportRow> rows = new ArrayList<>();
        int index = 0;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1), index++) {
            double season = 1 + 0.012 * Math.cos(2 * Math.PI * (m.getMonthValue() - 2) / 12.0);
            double elb = startElb * Math.pow(1 + monthlyTrend, index) * season;
            double yearFactor = Math.pow(0.985, m.getYear() - from.getYear());
            double integrations = integrationsPerYear * yearFactor * SEASON[m.getMonthValue() - 1];
            Map<Series, Double> values = new EnumMap<>(Series.class);
            values.put(Series.ELB, elb);
            values.put(Series.LZB, elb * 0.77);
            values.put(Series.ELB_AE, elb * 0.085);
            values.put(Series.INT, integrations);
            values.put(Series.INT_LZB, integrations * 0.55);
            values.put(Series.INT_AE, integrations * 0.08);
            values.put(Series.EINTR_GB, elb * 0.0085);
            values.put(Series.EINTR_OGB, elb * 0.003);
            // about 86 % of the integrations are into insured employment (the rest: training, self-employment);
            // of those, 62 % stay employed in each of the next six months, 55 % are employed a year later
            values.put(Series.INT_SVB, integrations * 0.86);
            values.put(Series.KONT_BESCH, integrations * 0.86 * 0.62);
            values.put(Series.NACH_INT, integrations * 0.86 * 0.55);
            values.put(Series.LZB_AKTIV, elb * 0.77 * 0.12);
            values.put(Series.ZUG_ELB, elb * 0.029);
            values.put(Series.ABG_ELB, elb * 0.031);
            values.put(Series.ZUG_LZB, elb * 0.77 * 0.014);
            values.put(Series.ABG_LZB, elb * 0.77 * 0.019);
            values.put(Series.LLU_EUR, elb * 431.5);
            values.put(Series.LUH_EUR, elb * 318.2);
            YearMonth month = m;
            YearMonth vintage = m.plusMonths(3);
            values.forEach((series, value) -> {
                BigDecimal total = round(series, value);
                rows.add(new ImportRow(0, agency, series, month, Gender.GESAMT, vintage, total));
                if (withGenders) {
                    BigDecimal women = round(series, value * 0.48);
                    rows.add(new ImportRow(0, agency, series, month, Gender.FRAUEN, vintage, women));
                    rows.add(new ImportRow(0, agency, series, month, Gender.MAENNER, vintage, total.subtract(women)));
                }
            });
        }
        return rows;
    }

    private static BigDecimal round(Series series, double value) {
        return BigDecimal.valueOf(value).setScale(series.isMoney() ? 2 : 0, RoundingMode.HALF_UP);
    }
}
