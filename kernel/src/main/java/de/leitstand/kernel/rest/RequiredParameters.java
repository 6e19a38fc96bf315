package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.Text;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;

/**
 * One rule for query parameters: a parameter of a primitive type ({@code int year}, {@code long left})
 * without {@code @DefaultValue} is required. JAX-RS would silently pass 0 when it is missing or empty;
 * here the request is refused with 400 {@code PARAMETER_MISSING} naming it. Optional parameters are
 * declared with wrapper types ({@code Integer}, {@code Long}, {@code String}). Likewise a JSON body is
 * required where an operation takes one: without it the request is refused with 400 {@code BODY_MISSING}.
 */
@Provider
public class RequiredParameters implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            if (isEntity(annotations[i]) && StrictJsonReader.isBound(types[i]) && !request.hasEntity()
                    && (request.getMediaType() == null || StrictJsonReader.isJson(request.getMediaType()))) {
                throw new de.leitstand.kernel.api.ValidationException("BODY_MISSING", "body",
                        Text.of("kernel.BODY_MISSING"));
            }
            QueryParam query = find(annotations[i], QueryParam.class);
            if (query != null && types[i].isPrimitive() && find(annotations[i], DefaultValue.class) == null) {
                List<String> values = request.getUriInfo().getQueryParameters().get(query.value());
                if (values == null || values.isEmpty() || values.get(0).isBlank()) {
                    throw new de.leitstand.kernel.api.ValidationException("PARAMETER_MISSING", query.value(),
                            Text.of("kernel.PARAMETER_MISSING_NAMED", query.value()));
                }
            }
        }
    }

    /** A parameter without JAX-RS annotations is the request entity. */
    private static boolean isEntity(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a.annotationType().getPackageName().equals("jakarta.ws.rs") || a instanceof Context) {
                return false;
            }
        }
        return true;
    }

    private static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
        for (Annotation a : annotations) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }
}
