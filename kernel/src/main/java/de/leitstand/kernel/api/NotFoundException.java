package de.leitstand.kernel.api;

/** The requested thing does not exist (HTTP 404). */
public class NotFoundException extends LeitstandException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String code, Text text) {
        super(code, 404, text);
    }
}
