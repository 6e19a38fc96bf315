package de.leitstand.reporting.document;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Charts for documents as PNG data URIs (the document gives each an alt text and a table with the same
 * values). Headless, so they work on a server without a display.
 */
public final class Charts {

    private static final Color[] COLOURS = {new Color(0x0b5394), new Color(0xa61c00), new Color(0x38761d), new Color(0x7f6000)};

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** A line chart: series name → (category → value). */
    public static String lines(String valueAxis, Map<String, Map<String, Number>> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, points) -> points.forEach((category, value) -> data.addValue(value, name, category)));
        JFreeChart chart = ChartFactory.createLineChart(null, null, valueAxis, data, PlotOrientation.VERTICAL, true, false, false);
        return png(chart, 640, 300);
    }

    /** A horizontal bar chart: category → value. */
    public static String bars(String valueAxis, Map<String, Number> values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        new LinkedHashMap<>(values).forEach((category, value) -> data.addValue(value, valueAxis, category));
        JFreeChart chart = ChartFactory.createBarChart(null, null, valueAxis, data, PlotOrientation.HORIZONTAL, false, false, false);
        return png(chart, 640, Math.max(200, 28 * values.size() + 80));
    }

    private static String png(JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        if (chart.getCategoryPlot() != null) {
            for (int i = 0; i < COLOURS.length; i++) {
                chart.getCategoryPlot().getRenderer().setSeriesPaint(i, COLOURS[i]);
            }
            chart.getCategoryPlot().getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            chart.getCategoryPlot().setRangeGridlinePaint(new Color(0xcccccc));
        }
        try {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(ChartUtils.encodeAsPNG(
                    chart.createBufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB, null)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
