package de.leitstand.kernel.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param items the rows of this page
 * @param page  zero-based page number
 * @param size  the page size asked for
 * @param total rows in the whole list
 */
public record Page<T>(List<T> items, int page, int size, long total) implements java.io.Serializable {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** @return the number of pages of the whole list */
    public long pages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }
}
