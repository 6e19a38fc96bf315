package de.leitstand.kernel.api;

/**
 * A refused request: carries a stable error code (for clients and tests), the HTTP status it maps
 * to and a German message for the user. Throwing it rolls the transaction back, so a refused
 * request changes nothing.
 */
public class LeitstandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;

    public LeitstandException(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    /** @return the stable error code, e.g. {@code TENANT_FORBIDDEN} */
    public String code() {
        return code;
    }

    /** @return the HTTP status this refusal maps to */
    public int status() {
        return status;
    }
}
