package de.leitstand.reporting.document;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Charts for documents as PNG data URIs (the document gives each an alt text and a table with the same
 * values). Headless, so they work on a server without a display. Axes are in German format ("10.000",
 * "23,4 %"); category labels wrap onto up to three lines instead of being cut off.
 */
public final class Charts {

    private static final Color[] COLOURS = {new Color(0x0b5394), new Color(0xa61c00), new Color(0x38761d), new Color(0x7f6000)};

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** A line chart: series name → (category → value); the value axis counts ("10.000"). */
    public static String lines(String valueAxis, Map<String, Map<String, Number>> series) {
        return png(lineChart(valueAxis, series), 640, 300);
    }

    /** A horizontal bar chart: category → value; the value axis counts ("1.000.000"). */
    public static String bars(String valueAxis, Map<String, Number> values) {
        return png(barChart(valueAxis, values), 640, Math.max(200, 34 * values.size() + 80));
    }

    /** Horizontal grouped bars of shares: series name → (category → value in %), the axis reads "23,4 %". */
    public static String shareBars(String valueAxis, Map<String, Map<String, Number>> series) {
        return png(groupedChart(valueAxis, series, true), 640, Math.max(200, 22 * series.size() * firstSize(series) + 100));
    }

    /** Horizontal grouped bars of counts: series name → (category → value). */
    public static String countBars(String valueAxis, Map<String, Map<String, Number>> series) {
        return png(groupedChart(valueAxis, series, false), 640, Math.max(200, 22 * series.size() * firstSize(series) + 100));
    }

    static JFreeChart lineChart(String valueAxis, Map<String, Map<String, Number>> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, points) -> points.forEach((category, value) -> data.addValue(value, name, category)));
        JFreeChart chart = ChartFactory.createLineChart(null, null, valueAxis, data, PlotOrientation.VERTICAL, true, false, false);
        german(chart.getCategoryPlot(), false);
        return chart;
    }

    static JFreeChart barChart(String valueAxis, Map<String, Number> values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        new LinkedHashMap<>(values).forEach((category, value) -> data.addValue(value, valueAxis, category));
        JFreeChart chart = ChartFactory.createBarChart(null, null, valueAxis, data, PlotOrientation.HORIZONTAL, false, false, false);
        german(chart.getCategoryPlot(), false);
        return chart;
    }

    static JFreeChart groupedChart(String valueAxis, Map<String, Map<String, Number>> series, boolean percent) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, points) -> points.forEach((category, value) -> data.addValue(value, name, category)));
        JFreeChart chart = ChartFactory.createBarChart(null, null, valueAxis, data, PlotOrientation.HORIZONTAL, true, false, false);
        german(chart.getCategoryPlot(), percent);
        return chart;
    }

    /** German number format on the value axis; category labels wrap (up to three lines, up to 45 % of the width). */
    private static void german(CategoryPlot plot, boolean percent) {
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        if (!percent) {
            range.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.GERMANY));
        }
        range.setNumberFormatOverride(percent ? percentFormat() : countFormat());
        CategoryAxis categories = plot.getDomainAxis();
        categories.setMaximumCategoryLabelLines(3);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
    }

    /** "10.000" */
    static NumberFormat countFormat() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.GERMANY));
    }

    /** "23,4 %" */
    static NumberFormat percentFormat() {
        return new DecimalFormat("#,##0.0' %'", DecimalFormatSymbols.getInstance(Locale.GERMANY));
    }

    private static int firstSize(Map<String, Map<String, Number>> series) {
        return series.values().stream().mapToInt(Map::size).max().orElse(1);
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
