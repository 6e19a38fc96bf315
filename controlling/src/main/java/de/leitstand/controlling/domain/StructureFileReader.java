package de.leitstand.controlling.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;

/** Reads a file of structure figures into rows, or refuses it whole with every error's line and column. */
public interface StructureFileReader {

    List<StructureRow> read(byte[] content, Predicate<String> knownJobcenter, Predicate<String> mayWrite, YearMonth defaultVintage);
}
