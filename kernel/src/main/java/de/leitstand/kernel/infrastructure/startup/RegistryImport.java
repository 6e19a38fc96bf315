package de.leitstand.kernel.infrastructure.startup;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.Land;
import de.leitstand.kernel.api.Regionaldirektion;
import de.leitstand.kernel.domain.Jobcenter;
import de.leitstand.kernel.domain.JobcenterRepository;
import de.leitstand.kernel.domain.JobcenterType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Loads the national registry of Jobcenters shipped with Leitstand (the annex of the
 * Eingliederungsmittelverordnung 2022, a public law text): adds new Jobcenters and updates the
 * name and type of known ones; the profiles Jobcenters keep themselves stay untouched.
 */
@ApplicationScoped
public class RegistryImport {

    static final String REGISTRY = "/de/leitstand/kernel/jobcenters-einglmv2022.csv";
    /** Land and Regionaldirektion of each Jobcenter; source and method in the file's header. */
    static final String LEVELS = "/de/leitstand/kernel/jobcenter-levels.csv";
    private static final Logger LOG = Logger.getLogger(RegistryImport.class.getName());

    @Inject
    JobcenterRepository repository;

    @Transactional
    public void load() {
        Map<String, Jobcenter> known = repository.all().stream()
                .collect(Collectors.toMap(j -> j.getAgencyNumber().value(), Function.identity()));
        int added = 0;
        int updated = 0;
        for (RegistryEntry entry : read().values()) {
            Jobcenter existing = known.get(entry.agencyNumber());
            if (existing == null) {
                repository.add(new Jobcenter(new AgencyNumber(entry.agencyNumber()), entry.type(), entry.name()));
                added++;
            } else if (existing.getType() != entry.type() || !Objects.equals(existing.getName(), entry.name())) {
                existing.updateRegistryData(entry.type(), entry.name());
                updated++;
            }
        }
        int placed = placeUnplaced();
        int total = known.size() + added;
        int newCount = added;
        int changed = updated;
        LOG.info(() -> "Jobcenter-Verzeichnis: " + total + " Jobcenter (" + newCount + " neu, " + changed + " geändert, " + placed + " Land/Regionaldirektion zugeordnet)");
    }

    /**
     * Gives every Jobcenter without a Land its Land and Regionaldirektion from the shipped file; a
     * placement an ADMIN corrected stays as it is.
     */
    private int placeUnplaced() {
        Map<String, LevelEntry> levels = readLevels();
        int placed = 0;
        for (Jobcenter jobcenter : repository.all()) {
            LevelEntry level = levels.get(jobcenter.getAgencyNumber().value());
            if (!jobcenter.isPlaced() && level != null) {
                jobcenter.placeIn(level.land(), level.regionaldirektion());
                placed++;
            }
        }
        return placed;
    }

    /** @return the levels file's rows by agency number */
    static Map<String, LevelEntry> readLevels() {
        var stream = RegistryImport.class.getResourceAsStream(LEVELS);
        if (stream == null) {
            throw new IllegalStateException("Zuordnung Land/Regionaldirektion fehlt: " + LEVELS);
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            Map<String, LevelEntry> entries = new LinkedHashMap<>();
            var format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                var entry = new LevelEntry(row.get("traeger_nr").trim(), row.get("jobcenter").trim(),
                        Land.ofCode(row.get("land")), Regionaldirektion.ofCode(row.get("regionaldirektion")));
                if (entries.put(entry.agencyNumber(), entry) != null) {
                    throw new IllegalStateException("Träger-Nummer doppelt in der Zuordnung: " + entry.agencyNumber());
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record LevelEntry(String agencyNumber, String name, Land land, Regionaldirektion regionaldirektion) {
    }

    /** @return the registry's rows by agency number, in file order */
    static Map<String, RegistryEntry> read() {
        var stream = RegistryImport.class.getResourceAsStream(REGISTRY);
        if (stream == null) {
            throw new IllegalStateException("Jobcenter-Verzeichnis fehlt: " + REGISTRY);
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            Map<String, RegistryEntry> entries = new LinkedHashMap<>();
            var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                var entry = new RegistryEntry(row.get("traeger_nr").trim(),
                        JobcenterType.fromCode(row.get("traeger_form").trim()), row.get("jobcenter").trim());
                if (entries.put(entry.agencyNumber(), entry) != null) {
                    throw new IllegalStateException("Träger-Nummer doppelt im Verzeichnis: " + entry.agencyNumber());
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record RegistryEntry(String agencyNumber, JobcenterType type, String name) {
    }
}
