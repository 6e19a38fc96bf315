package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;

import java.lang.reflect.Method;

/**
 * A path, query, header or form parameter JAX-RS could not convert ({@code /plan/abc},
 * {@code /papers/1.5}): Jersey answers 404 for those; Leitstand answers 400 {@code PARAMETER_INVALID}
 * naming the parameter. Jersey's {@code ParamException} is read reflectively: the kernel compiles
 * against the Jakarta APIs only.
 */
final class ParameterRefusals {

    private static final String PARAM_EXCEPTION = "org.glassfish.jersey.server.ParamException";

    private ParameterRefusals() {
    }

    /** @return the refusal, or null when the exception is no failed parameter conversion */
    static ValidationException of(Throwable exception) {
        for (Class<?> c = exception.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(PARAM_EXCEPTION)) {
                String name = invoke(exception, "getParameterName");
                String value = value(exception);
                return invalid(name == null ? "Parameter" : name, value);
            }
        }
        return null;
    }

    /** The refusal of a parameter whose value is not what the operation takes. */
    static ValidationException invalid(String name, String value) {
        return new ValidationException("PARAMETER_INVALID", name, value == null
                ? Text.of("kernel.PARAMETER_INVALID_NAMED", name) : Text.of("kernel.PARAMETER_INVALID_VALUE", name, shorten(value)));
    }

    private static String value(Throwable exception) {
        Throwable cause = exception.getCause();
        String message = cause == null ? null : cause.getMessage();
        if (message != null && message.startsWith("For input string: \"")) {
            return message.substring(19, message.length() - (message.endsWith("\"") ? 1 : 0));
        }
        return null;
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 39) + "…" : value;
    }

    private static String invoke(Object target, String method) {
        try {
            Method m = target.getClass().getMethod(method);
            Object result = m.invoke(target);
            return result == null ? null : result.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
