package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.StructureFigure;
import de.leitstand.controlling.domain.StructureRepository;
import de.leitstand.controlling.domain.StructureRow;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ApplicationStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode: the structure figures of Elbe-Elster. The two tables of the Arbeitsmarkt- und
 * Integrationsprogramm 2020 are its published figures (source {@link #PROGRAMME_2020}, the words a reader of
 * the document and the Datenstand lines sees): ELB by Integrationsprognose and age group (JDW 2019, SGB II-Cockpit
 * of 16.09.2019) and employed ELB by income band (April 2019; April 2018 follows from the printed changes).
 * The unemployed of September 2019 (2.116; 44,2 % women; 101 under 25) are the seed's text; everything
 * else — the annual averages 2009–2019 ending at 5.485 ELB in about 4.500 Bedarfsgemeinschaften, foreigners,
 * the unemployment rate and Rotenburg (Wümme) — is generated and marked "Demowerte".
 */
@ApplicationScoped
public class StructureDemo {

    private static final Logger LOG = Logger.getLogger(StructureDemo.class.getName());
    static final String PROGRAMME_2020 = "Arbeitsmarkt- und Integrationsprogramm 2020, Stand 14.11.2019";
    private static final YearMonth VINTAGE = YearMonth.of(2019, 10);

    /** Categories MARKTNAH, NICHT_MARKTNAH, I, Z, X × age groups U25, U55, AB55 (seed 002, chapter 2.1). */
    static final int[][] PROGNOSIS_2019 = {{33, 122, 18}, {260, 2304, 1259}, {26, 368, 88}, {363, 359, 119}, {50, 94, 22}};
    /** ELB, ERWERBSTAETIG, BIS_450, BIS_850, BIS_1200, UEBER_1200, SELBSTAENDIG in April 2019 and 2018 (seed 002, chapter 1). */
    static final int[] EMPLOYED_2019_04 = {5593, 1619, 813, 287, 221, 241, 65};
    static final int[] EMPLOYED_2018_04 = {6180, 1816, 940, 302, 240, 259, 85};
    private static final int[] ELB_JDW = {9856, 9411, 8902, 8437, 8105, 7766, 7389, 6950, 6512, 5978, 5485};
    private static final int[] BG_JDW = {7390, 7125, 6790, 6480, 6240, 6010, 5760, 5450, 5120, 4790, 4470};

    @Inject
    StructureRepository repository;

    @Transactional
    void onStart(@Observes ApplicationStarted started) {
        AgencyNumber elbeElster = new AgencyNumber("03504");
        if (!started.demo() || !repository.latest(elbeElster, StructureFigure.ELB_IP, List.of("2019")).isEmpty()) {
            return;
        }
        List<StructureRow> seed = new ArrayList<>();
        List<String> categories = StructureFigure.ELB_IP.categories();
        for (int c = 0; c < categories.size(); c++) {
            for (int a = 0; a < StructureFigure.AGE_GROUPS.size(); a++) {
                seed.add(row("03504", StructureFigure.ELB_IP, "2019", categories.get(c), StructureFigure.AGE_GROUPS.get(a), PROGNOSIS_2019[c][a]));
            }
        }
        List<String> bands = StructureFigure.EWT.categories();
        for (int i = 0; i < bands.size(); i++) {
            seed.add(row("03504", StructureFigure.EWT, "2019-04", bands.get(i), StructureFigure.ALL_AGES, EMPLOYED_2019_04[i]));
            seed.add(row("03504", StructureFigure.EWT, "2018-04", bands.get(i), StructureFigure.ALL_AGES, EMPLOYED_2018_04[i]));
        }
        seed.add(row("03504", StructureFigure.ALO, "2019-09", "GESAMT", StructureFigure.ALL_AGES, 2116));
        seed.add(row("03504", StructureFigure.ALO, "2019-09", "FRAUEN", StructureFigure.ALL_AGES, 935));
        seed.add(row("03504", StructureFigure.ALO, "2019-09", "MAENNER", StructureFigure.ALL_AGES, 1181));
        seed.add(row("03504", StructureFigure.ALO, "2019-09", "U25", StructureFigure.ALL_AGES, 101));
        repository.store(seed, PROGRAMME_2020);

        List<StructureRow> demo = new ArrayList<>();
        demo.add(row("03504", StructureFigure.ALO, "2019-09", "AUSLAENDER", StructureFigure.ALL_AGES, 97));
        demo.add(new StructureRow(0, "03504", StructureFigure.ALQ, "2019-09", "GESAMT", StructureFigure.ALL_AGES, VINTAGE, new BigDecimal("4.7")));
        demo.add(new StructureRow(0, "03504", StructureFigure.ALQ, "2019-09", "U25", StructureFigure.ALL_AGES, VINTAGE, new BigDecimal("2.9")));
        // September 2018, from the changes chapter 2.1 names (21,5 % fewer unemployed, the rates 1,0 and 0,3 points lower)
        demo.add(row("03504", StructureFigure.ALO, "2018-09", "GESAMT", StructureFigure.ALL_AGES, 2696));
        demo.add(new StructureRow(0, "03504", StructureFigure.ALQ, "2018-09", "GESAMT", StructureFigure.ALL_AGES, VINTAGE, new BigDecimal("5.7")));
        demo.add(new StructureRow(0, "03504", StructureFigure.ALQ, "2018-09", "U25", StructureFigure.ALL_AGES, VINTAGE, new BigDecimal("3.2")));
        // charts of chapters 1 and 2 (the original shows them as images without figures): shares of groups of the
        // unemployed by legal sphere (SGB II women 44,2 % and under 25 4,8 % as in the text), underemployment by
        // component, employees by industry in March 2019 and 2018 (about 33.400, strongest growth in manufacturing)
        String[] groups = {"FRAUEN", "U25", "AB50", "LZA", "AUSLAENDER", "SB"};
        String[][] shares = {{"44.2", "4.8", "38.5", "50.9", "4.6", "4.9"}, {"46.1", "9.7", "45.3", "12.4", "3.1", "6.2"}};
        int[][] underemployment = {{2116, 310, 512, 2938}, {1850, 95, 240, 2185}};
        for (int s = 0; s < 2; s++) {
            String sphere = StructureFigure.LEGAL_SPHERES.get(s);
            for (int g = 0; g < groups.length; g++) {
                demo.add(new StructureRow(0, "03504", StructureFigure.ALO_RK, "2019-09", groups[g], sphere, VINTAGE, new BigDecimal(shares[s][g])));
            }
            for (int c = 0; c < underemployment[s].length; c++) {
                demo.add(row("03504", StructureFigure.UB, "2019-09", StructureFigure.UB.categories().get(c), sphere, underemployment[s][c]));
            }
        }
        int[] employees2019 = {1610, 6320, 3050, 3900, 1720, 640, 2480, 3150, 6890, 3620};
        int[] employees2018 = {1598, 6105, 2990, 3935, 1702, 655, 2441, 3172, 6801, 3605};
        for (int i = 0; i < employees2019.length; i++) {
            String industry = StructureFigure.SVB_WZ.categories().get(i);
            demo.add(row("03504", StructureFigure.SVB_WZ, "2019-03", industry, StructureFigure.ALL_AGES, employees2019[i]));
            demo.add(row("03504", StructureFigure.SVB_WZ, "2018-03", industry, StructureFigure.ALL_AGES, employees2018[i]));
        }
        for (int i = 0; i < ELB_JDW.length; i++) {
            String year = String.valueOf(2009 + i);
            demo.add(row("03504", StructureFigure.ELB, year, "GESAMT", StructureFigure.ALL_AGES, ELB_JDW[i]));
            demo.add(row("03504", StructureFigure.BG, year, "GESAMT", StructureFigure.ALL_AGES, BG_JDW[i]));
        }
        for (int i = 0; i < 5; i++) {
            String year = String.valueOf(2015 + i);
            demo.add(row("26706", StructureFigure.ELB, year, "GESAMT", StructureFigure.ALL_AGES, 4650 - 120 * i));
            demo.add(row("26706", StructureFigure.BG, year, "GESAMT", StructureFigure.ALL_AGES, 3720 - 95 * i));
        }
        repository.store(demo, ControllingStartup.DEMO_SOURCE);
        LOG.info(() -> "Demo-Modus: Strukturdaten Elbe-Elster (Tabellen aus Programm 2020) und Rotenburg (Wümme) geladen");
    }

    private static StructureRow row(String agency, StructureFigure figure, String period, String category, String age, int value) {
        return new StructureRow(0, agency, figure, period, category, age, VINTAGE, BigDecimal.valueOf(value));
    }
}
