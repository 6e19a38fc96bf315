package de.leitstand.reporting.document;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Locale;
import java.util.Map;

/** The document templates ({@code de/leitstand/reporting/templates/*.html}), rendered with Thymeleaf. */
public final class Templates {

    private static final TemplateEngine ENGINE = engine();

    private Templates() {
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("de/leitstand/reporting/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** Renders one {@code th:fragment} of a template with the variables and {@code fmt}. */
    public static String renderFragment(String template, String fragment, Map<String, Object> variables) {
        return ENGINE.process(template, java.util.Set.of(fragment), context(variables));
    }

    /** Renders a template with the variables and {@code fmt} ({@link GermanFormat}). */
    public static String render(String template, Map<String, Object> variables) {
        return ENGINE.process(template, context(variables));
    }

    private static Context context(Map<String, Object> variables) {
        Context context = new Context(Locale.GERMANY);
        context.setVariables(variables);
        context.setVariable("fmt", new GermanFormat());
        return context;
    }
}
