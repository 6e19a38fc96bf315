package de.leitstand.reporting.domain;

import de.leitstand.kernel.api.AgencyNumber;

import java.util.List;
import java.util.Optional;

/** Generated documents, guarded by tenancy on every load. */
public interface DocumentRepository {

    /** Newest first, without their bytes. */
    List<GeneratedDocument> documents(AgencyNumber agency);

    Optional<GeneratedDocument> document(Long id);

    void add(GeneratedDocument document);
}
