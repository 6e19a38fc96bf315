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

/** A steering action agreed in a review dialogue: owner, due date, status (offen → erledigt). */
@Entity
@Audited("Steuerungsmaßnahme")
@Table(name = "controlling_steering_action")
public class SteeringAction extends TenantOwnedEntity implements de.leitstand.kernel.api.persistence.SupervisedRecord {

    /** The states of a steering action. */
    public enum Status { OFFEN, ERLEDIGT }

    @Id
    @SequenceGenerator(name = "controlling_steering_seq", sequenceName = "controlling_steering_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "controlling_steering_seq")
    private Long id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private Long reviewId;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Column(name = "owner", nullable = false, length = 100)
    private String owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.OFFEN;

    protected SteeringAction() {
        // for JPA
    }

    public SteeringAction(AgencyNumber owner, Long reviewId, String description, String actionOwner, LocalDate dueDate) {
        super(owner);
        this.reviewId = reviewId;
        this.description = description;
        this.owner = actionOwner;
        this.dueDate = dueDate;
    }

    public void complete() {
        if (status == Status.ERLEDIGT) {
            throw new ConflictException("ACTION_DONE", Text.of("controlling.ACTION_DONE"));
        }
        status = Status.ERLEDIGT;
    }

    public boolean overdueOn(LocalDate day) {
        return status == Status.OFFEN && dueDate.isBefore(day);
    }

    public Long getId() { return id; }
    public Long getReviewId() { return reviewId; }
    public String getDescription() { return description; }
    public String getOwner() { return owner; }
    public LocalDate getDueDate() { return dueDate; }
    public Status getStatus() { return status; }
}
