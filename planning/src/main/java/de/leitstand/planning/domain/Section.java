package de.leitstand.planning.domain;

import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A text chapter of the programme (Vorwort, Handlungsfelder, …): a title and sanitised rich text. */
@Entity
@Audited("Kapitel")
@Table(name = "planning_section")
public class Section extends ProgrammePart implements de.leitstand.kernel.api.persistence.AuditNamed {

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Lob
    @Column(name = "content")
    private String content;

    protected Section() {
        // for JPA
    }

    Section(Programme programme, int position) {
        super(programme, position);
    }

    /** Input of a chapter. */
    public record Data(String title, String content) {
    }

    void update(Data d) {
        this.title = d.title();
        this.content = d.content();
    }

    /** @return this chapter as input, to copy it into another version */
    Data data() {
        return new Data(title, content);
    }

    public String getTitle() {
        return title;
    }

    /** @return HTML restricted to the safe subset the editor allows */
    public String getContent() {
        return content;
    }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return title;
    }
}
