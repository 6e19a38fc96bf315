package de.leitstand.programmes.domain;

import de.leitstand.kernel.api.persistence.PartOf;
import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A report the programme demands by a due date (e.g. a Verwendungsnachweis). */
@PartOf(FundingProgramme.class)
@Entity
@Audited("Berichtspflicht")
@Table(name = "programmes_obligation")
public class ReportingObligation implements de.leitstand.kernel.api.persistence.AuditNamed {

    /** How many days ahead a due report is shown as a reminder. */
    public static final int REMINDER_DAYS = 30;

    @Id
    @SequenceGenerator(name = "programmes_seq", sequenceName = "programmes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programmes_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    private FundingProgramme programme;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "done", nullable = false)
    private boolean done;

    protected ReportingObligation() {
        // for JPA
    }

    ReportingObligation(FundingProgramme programme, Data data) {
        this.programme = programme;
        this.title = data.title();
        this.dueDate = data.dueDate();
        this.done = data.done();
    }

    /** @return whether it is open and due within {@link #REMINDER_DAYS} days or overdue */
    public boolean isReminderDue(LocalDate today) {
        return !done && !dueDate.isAfter(today.plusDays(REMINDER_DAYS));
    }

    public boolean isOverdue(LocalDate today) {
        return !done && dueDate.isBefore(today);
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public LocalDate getDueDate() { return dueDate; }
    public boolean isDone() { return done; }

    /** An obligation's fields. */
    public record Data(String title, LocalDate dueDate, boolean done) {
    }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return title + ", fällig am " + de.leitstand.kernel.api.persistence.AuditRendering.text(dueDate);
    }
}
