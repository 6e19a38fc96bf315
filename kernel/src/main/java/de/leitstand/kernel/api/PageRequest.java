package de.leitstand.kernel.api;

/**
 * Which page of a list to return. Sizes are limited so no request can ask for everything at once.
 *
 * @param page zero-based
 * @param size 1 to {@link #MAX_SIZE}
 */
public record PageRequest(int page, int size) implements java.io.Serializable {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (page < 0) {
            throw new ValidationException("PAGE_INVALID", "page", Text.of("kernel.PAGE_INVALID"));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException("PAGE_SIZE_INVALID", "size",
                    Text.of("kernel.PAGE_SIZE_INVALID", MAX_SIZE));
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
