package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.LeitstandException;
import de.leitstand.kernel.api.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every refusal of every context, as a problem document with its stable code. */
@Provider
public class LeitstandExceptionMapper implements ExceptionMapper<LeitstandException> {

    @Override
    public Response toResponse(LeitstandException exception) {
        return Problem.response(exception.status(), exception.code(), exception.getMessage(),
                exception instanceof ValidationException validation ? validation.errors() : null);
    }
}
