package de.leitstand.kernel.api;

/**
 * The change collides with the current state (HTTP 409): someone else saved in between
 * ({@code CONCURRENT_MODIFICATION}), or the thing already exists.
 */
public class ConflictException extends LeitstandException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String code, Text text) {
        super(code, 409, text);
    }

    public static ConflictException concurrentModification() {
        return new ConflictException("CONCURRENT_MODIFICATION",
                Text.of("kernel.CONCURRENT_MODIFICATION"));
    }

    /**
     * Optimistic locking at the use case: the version the caller last read must be the current one.
     *
     * @throws ConflictException {@code CONCURRENT_MODIFICATION} when it is missing or stale
     */
    public static void requireVersion(Long sent, long current) {
        if (sent == null || sent != current) {
            throw concurrentModification();
        }
    }
}
