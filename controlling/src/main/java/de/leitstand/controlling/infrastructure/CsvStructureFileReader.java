package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.StructureFileReader;
import de.leitstand.controlling.domain.StructureRow;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;

/** The structure file format of the README ({@link StructureCsv}). */
@ApplicationScoped
class CsvStructureFileReader implements StructureFileReader {

    @Override
    public List<StructureRow> read(byte[] content, Predicate<String> knownJobcenter, Predicate<String> mayWrite, YearMonth defaultVintage) {
        return StructureCsv.parse(content, knownJobcenter, mayWrite, defaultVintage);
    }
}
