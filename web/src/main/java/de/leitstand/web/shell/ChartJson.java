package de.leitstand.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place where the UI's Chart.js configurations are written (PrimeFaces {@code p:chart value}).
 * Every chart gets the German number format ({@code options.locale}), one axis per scale (series of
 * different magnitude do not share an axis), and the tick/tooltip formats ({@link Format}) that the
 * page's {@code leitstandChart} extender (resources/leitstand/charts.js) turns into callbacks: percentages
 * with a comma and " %", years as years.
 */
public final class ChartJson {

    /** How an axis's values are written. */
    public enum Format { NUMBER, PERCENT, YEAR }

    /** The colours of the series, in order (contrast ≥ 3:1 against white). */
    public static final String[] COLOURS = {"#0b5394", "#a61c00", "#38761d", "#7f6000", "#741b47", "#134f5c"};

    private final String type;
    private final JsonArrayBuilder labels = de.leitstand.kernel.api.Jsons.array();
    private final JsonArrayBuilder datasets = de.leitstand.kernel.api.Jsons.array();
    private final Map<String, JsonObjectBuilder> axes = new LinkedHashMap<>();
    private final JsonObjectBuilder formats = de.leitstand.kernel.api.Jsons.object();
    private boolean horizontal;
    private boolean legend = true;
    private int count;

    private ChartJson(String type) {
        this.type = type;
    }

    public static ChartJson line() {
        return new ChartJson("line");
    }

    public static ChartJson bar() {
        return new ChartJson("bar");
    }

    /** @return "Jan. 2020" (German) or "Jan 2020" (English): a month as a chart label */
    public static String monthLabel(YearMonth month, Locale locale) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + month.getYear();
    }

    /** @return "Januar 2020": a month in a sentence */
    public static String monthName(YearMonth month, Locale locale) {
        return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
    }

    /** @return the locale of the page being rendered (German outside a request) */
    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Locale.GERMANY : context.getViewRoot().getLocale();
    }

    /** @return a UI text of the page's language (the key itself outside a request) */
    public static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null ? key : context.getApplication().getResourceBundle(context, "msg").getString(key);
    }

    public ChartJson labels(List<String> values) {
        values.forEach(labels::add);
        return this;
    }

    /** A value axis: {@code id} "y" (left), "y2" (right) or "x" (horizontal bars). */
    public ChartJson axis(String id, String title, Format format) {
        JsonObjectBuilder axis = de.leitstand.kernel.api.Jsons.object().add("type", "linear");
        if (!"x".equals(id)) {
            axis.add("position", "y".equals(id) ? "left" : "right");
        }
        if (title != null) {
            axis.add("title", de.leitstand.kernel.api.Jsons.object().add("display", true).add("text", title));
        }
        if (format == Format.YEAR) {
            axis.add("ticks", de.leitstand.kernel.api.Jsons.object().add("stepSize", 1));
        }
        if (!"y".equals(id) && !"x".equals(id)) {
            axis.add("grid", de.leitstand.kernel.api.Jsons.object().add("drawOnChartArea", false));
        }
        axes.put(id, axis);
        formats.add(id, format.name());
        return this;
    }

    /** Bounds of an axis (e.g. the years of a phase). */
    public ChartJson bounds(String id, Number min, Number max) {
        axes.get(id).add("min", min.doubleValue()).add("max", max.doubleValue());
        return this;
    }

    /** A series on an axis; {@code kind} "line" or "bar" (null: the chart's type); nulls are gaps. */
    public ChartJson series(String kind, String label, List<? extends Number> values, String axis) {
        JsonArrayBuilder data = de.leitstand.kernel.api.Jsons.array();
        for (Number value : values) {
            if (value == null) {
                data.addNull();
            } else if (value instanceof BigDecimal decimal) {
                data.add(decimal);
            } else {
                data.add(value.doubleValue());
            }
        }
        return dataset(kind, label, data, axis);
    }

    /** Floating bars from..to (e.g. membership periods as year fractions). */
    public ChartJson ranges(String label, List<double[]> ranges, String axis) {
        JsonArrayBuilder data = de.leitstand.kernel.api.Jsons.array();
        ranges.forEach(r -> data.add(de.leitstand.kernel.api.Jsons.array().add(r[0]).add(r[1])));
        return dataset(null, label, data, axis);
    }

    private ChartJson dataset(String kind, String label, JsonArrayBuilder data, String axis) {
        String colour = COLOURS[count++ % COLOURS.length];
        JsonObjectBuilder set = de.leitstand.kernel.api.Jsons.object().add("label", label).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour);
        if (kind != null) {
            set.add("type", kind);
        }
        if (axis != null && !horizontal) {
            set.add("yAxisID", axis);
        }
        datasets.add(set);
        return this;
    }

    /** Horizontal bars (the value axis is x). */
    public ChartJson horizontal() {
        horizontal = true;
        return this;
    }

    public ChartJson withoutLegend() {
        legend = false;
        return this;
    }

    public String build() {
        JsonObjectBuilder scales = de.leitstand.kernel.api.Jsons.object();
        axes.forEach(scales::add);
        JsonObjectBuilder options = de.leitstand.kernel.api.Jsons.object().add("locale", "de-DE").add("scales", scales)
                .add("plugins", de.leitstand.kernel.api.Jsons.object().add("legend", de.leitstand.kernel.api.Jsons.object().add("display", legend)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return de.leitstand.kernel.api.Jsons.object().add("type", type)
                .add("data", de.leitstand.kernel.api.Jsons.object().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .add("leitstand", de.leitstand.kernel.api.Jsons.object().add("formats", formats))
                .build().toString();
    }
}
