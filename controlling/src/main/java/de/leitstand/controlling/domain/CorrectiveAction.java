package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/**
 * A corrective action (Maßnahme) following a finding. Life cycle: OFFEN → UMGESETZT (the owner reports it
 * done) → ABGESCHLOSSEN by a follow-up check (Nachprüfung) that finds it effective; a check that finds it
 * not effective sends it back to OFFEN with a new due date. Open past its due date, it is overdue.
 */
@Entity
@Audited("Maßnahme")
@Table(name = "controlling_corrective_action")
public class CorrectiveAction extends TenantOwnedEntity {

    /** The states of a corrective action. */
    public enum Status { OFFEN, UMGESETZT, ABGESCHLOSSEN }

    @Id
    @SequenceGenerator(name = "controlling_supervision_seq", sequenceName = "controlling_supervision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "controlling_supervision_seq")
    private Long id;

    @Column(name = "finding_id", nullable = false, updatable = false)
    private Long findingId;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Column(name = "owner", nullable = false, length = 100)
    private String owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.OFFEN;

    @Column(name = "follow_up_date")
    private LocalDate followUpDate;

    @Column(name = "follow_up_result", length = 1000)
    private String followUpResult;

    protected CorrectiveAction() {
        // for JPA
    }

    public CorrectiveAction(AgencyNumber owner, Long findingId, String description, String actionOwner, LocalDate dueDate) {
        super(owner);
        this.findingId = findingId;
        this.description = description;
        this.owner = actionOwner;
        this.dueDate = dueDate;
    }

    /** The owner reports the action done; it waits for the follow-up check. */
    public void reportDone() {
        if (status != Status.OFFEN) {
            throw new ConflictException("ACTION_NOT_OPEN", Text.of("controlling.ACTION_NOT_OPEN", status));
        }
        status = Status.UMGESETZT;
    }

    /**
     * The follow-up check: effective closes the action; not effective reopens it with a new due date.
     */
    public void followUp(LocalDate checkedOn, String result, boolean effective, LocalDate newDueDate) {
        if (status == Status.ABGESCHLOSSEN) {
            throw new ConflictException("ACTION_CLOSED", Text.of("controlling.ACTION_CLOSED"));
        }
        this.followUpDate = checkedOn;
        this.followUpResult = result;
        if (effective) {
            status = Status.ABGESCHLOSSEN;
        } else {
            status = Status.OFFEN;
            dueDate = newDueDate;
        }
    }

    public boolean overdueOn(LocalDate day) {
        return status != Status.ABGESCHLOSSEN && dueDate.isBefore(day);
    }

    public Long getId() { return id; }
    public Long getFindingId() { return findingId; }
    public String getDescription() { return description; }
    public String getOwner() { return owner; }
    public LocalDate getDueDate() { return dueDate; }
    public Status getStatus() { return status; }
    public LocalDate getFollowUpDate() { return followUpDate; }
    public String getFollowUpResult() { return followUpResult; }
}
