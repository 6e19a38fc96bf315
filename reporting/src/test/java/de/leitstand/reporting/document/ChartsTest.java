package de.leitstand.reporting.document;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chart axes in German number format and instrument labels that wrap instead of being cut off. */
class ChartsTest {

    @Test
    void valueAxesAreInGermanFormat() {
        JFreeChart lines = Charts.lineChart("Personen", Map.of("ELB", Map.of("2019", 5485)));
        assertEquals("10.000", format(lines, 10000));
        JFreeChart bars = Charts.barChart("Euro", Map.of("Eingliederungszuschüsse (EGZ)", 1100000));
        assertEquals("1.100.000", format(bars, 1100000));
        JFreeChart shares = Charts.groupedChart("Anteil in %", Map.of("SGB II", Map.of("Frauen", 44.2)), true);
        assertEquals("23,4 %", format(shares, 23.4));
    }

    @Test
    void longInstrumentLabelsWrapInsteadOfBeingCutOff() {
        Map<String, Number> values = new LinkedHashMap<>();
        List.of("Maßnahmen zur Aktivierung und beruflichen Eingliederung", "Förderung schwer zu erreichender junger Menschen",
                "Förderung der beruflichen Weiterbildung (FbW)").forEach(l -> values.put(l, 1000000));
        JFreeChart chart = Charts.barChart("Euro", values);
        CategoryAxis axis = chart.getCategoryPlot().getDomainAxis();
        assertEquals(3, axis.getMaximumCategoryLabelLines());
        // the labels may take 45 % of 640 px; wrapped onto three lines, the longest label fits into that width
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setFont(axis.getTickLabelFont());
        String longest = "Maßnahmen zur Aktivierung und beruflichen Eingliederung";
        Rectangle2D whole = g.getFontMetrics().getStringBounds(longest, g);
        assertTrue(whole.getWidth() / 3 < 640 * axis.getMaximumCategoryLabelWidthRatio() * 0.9,
                "Eine Zeile wäre " + whole.getWidth() / 3 + " px breit");
        assertTrue(Charts.bars("Euro", values).startsWith("data:image/png;base64,"));
    }

    private static String format(JFreeChart chart, Number value) {
        return ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).getNumberFormatOverride().format(value);
    }
}
