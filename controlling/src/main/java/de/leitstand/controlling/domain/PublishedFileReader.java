package de.leitstand.controlling.domain;

import java.util.List;
import java.util.function.Predicate;

/** Reads a file of published Kennzahlen into rows, or refuses it whole with every error's line and column. */
public interface PublishedFileReader {

    List<PublishedRow> read(byte[] content, Predicate<String> knownJobcenter, Predicate<String> mayWrite, Predicate<String> knownCode);
}
