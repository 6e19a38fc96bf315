/*
 * Extender of every Leitstand chart (p:chart extender="leitstandChart"): turns the formats that
 * ChartJson writes ("leitstand.formats": axis id -> NUMBER | PERCENT | YEAR) into tick and tooltip
 * callbacks, so that every chart writes numbers the German way ("1.234,5", "20,3 %") and years as years.
 */
window.leitstandChart = function () {
    var config = this.cfg.config;
    var formats = (config.leitstand && config.leitstand.formats) || {};
    delete config.leitstand;
    var options = config.options = config.options || {};
    var locale = options.locale || 'de-DE';
    function date(fraction) {
        var year = Math.floor(fraction);
        var days = (new Date(year + 1, 0, 1) - new Date(year, 0, 1)) / 86400000;
        var d = new Date(year, 0, 1 + Math.round((fraction - year) * days));
        return d.toLocaleDateString(locale, {day: '2-digit', month: '2-digit', year: 'numeric'});
    }
    function format(kind, value, tooltip) {
        if (value === null || value === undefined) {
            return '–';
        }
        if (kind === 'YEAR') {
            return tooltip ? date(value) : String(Math.floor(value));
        }
        var percent = kind === 'PERCENT';
        var text = new Intl.NumberFormat(locale, {
            minimumFractionDigits: percent && tooltip ? 1 : 0,
            maximumFractionDigits: percent ? 1 : 2
        }).format(value);
        return percent ? text + ' %' : text;
    }
    var scales = options.scales = options.scales || {};
    Object.keys(formats).forEach(function (id) {
        var scale = scales[id] = scales[id] || {};
        scale.ticks = scale.ticks || {};
        scale.ticks.callback = function (value) {
            return format(formats[id], value, false);
        };
    });
    var plugins = options.plugins = options.plugins || {};
    plugins.tooltip = plugins.tooltip || {};
    plugins.tooltip.callbacks = {
        label: function (context) {
            var axis = options.indexAxis === 'y' ? 'x' : (context.dataset.yAxisID || 'y');
            var kind = formats[axis] || 'NUMBER';
            var raw = context.raw;
            var text = Array.isArray(raw) ? format(kind, raw[0], true) + ' – ' + format(kind, raw[1], true)
                : format(kind, raw, true);
            return (context.dataset.label ? context.dataset.label + ': ' : '') + text;
        }
    };
};
