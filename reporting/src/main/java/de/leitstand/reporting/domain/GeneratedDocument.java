package de.leitstand.reporting.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.InstantConverter;
import de.leitstand.kernel.api.persistence.TenantOwnedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A generated document as it was handed on: its bytes (never regenerated), checksum, and the data it was
 * generated from (plan version, data vintages), when and by whom. Immutable once stored.
 */
@Entity
@Audited("Dokument")
@Table(name = "reporting_document")
public class GeneratedDocument extends TenantOwnedEntity {

    /** What kind of document. */
    public enum Kind { PROGRAMMDOKUMENT, CONTROLLINGBERICHT, VORLAGE }

    @Id
    @SequenceGenerator(name = "reporting_document_seq", sequenceName = "reporting_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_document_seq")
    private Long id;

    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    @Column(name = "title", nullable = false, length = 300, updatable = false)
    private String title;

    @Column(name = "subject_ref", nullable = false, length = 100, updatable = false)
    private String subjectRef;

    @Column(name = "basis", nullable = false, length = 4000, updatable = false)
    private String basis;

    @Convert(converter = InstantConverter.class)
    @Column(name = "generated_at", nullable = false, updatable = false)
    private Instant generatedAt;

    @Column(name = "generated_by", nullable = false, length = 60, updatable = false)
    private String generatedBy;

    @Column(name = "media_type", nullable = false, length = 100, updatable = false)
    private String mediaType;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "byte_size", nullable = false, updatable = false)
    private int size;

    @Column(name = "sha512", nullable = false, length = 128, updatable = false)
    private String sha512;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected GeneratedDocument() {
        // for JPA
    }

    public GeneratedDocument(AgencyNumber owner, Kind kind, String title, String subjectRef, String basis, Instant generatedAt,
                             String generatedBy, String mediaType, String fileName, byte[] content) {
        super(owner);
        this.kind = kind;
        this.title = title;
        this.subjectRef = subjectRef;
        this.basis = basis.length() > 4000 ? basis.substring(0, 3990) + " …" : basis;
        this.generatedAt = generatedAt;
        this.generatedBy = generatedBy;
        this.mediaType = mediaType;
        this.fileName = fileName;
        this.content = content.clone();
        this.size = content.length;
        this.sha512 = sha512(content);
    }

    public static String sha512(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getSubjectRef() { return subjectRef; }
    public String getBasis() { return basis; }
    public Instant getGeneratedAt() { return generatedAt; }
    public String getGeneratedBy() { return generatedBy; }
    public String getMediaType() { return mediaType; }
    public String getFileName() { return fileName; }
    public int getSize() { return size; }
    public String getSha512() { return sha512; }
    public byte[] getContent() { return content.clone(); }
}
