package de.leitstand.planning.domain;

import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An Umschichtung: funds moved from the Eingliederungstitel (EGL) into the administrative budget (VK). */
@Entity
@Audited("Umschichtung")
@Table(name = "planning_budget_transfer")
public class BudgetTransfer extends ProgrammePart {

    @Id
    @SequenceGenerator(name = "planning_part_seq", sequenceName = "planning_part_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planning_part_seq")
    private Long id;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "transfer_date", nullable = false)
    private LocalDate date;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "note", length = 500)
    private String note;

    protected BudgetTransfer() {
        // for JPA
    }

    BudgetTransfer(Programme programme, int position) {
        super(programme);
        this.position = position;
    }

    void update(LocalDate newDate, BigDecimal newAmount, String newNote) {
        this.date = newDate;
        this.amount = newAmount;
        this.note = newNote;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public LocalDate getDate() {
        return date;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }
}
