package de.leitstand.planning.domain;

import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An Umschichtung: funds moved from the Eingliederungstitel (EGL) into the administrative budget (VK). */
@Entity
@Audited("Umschichtung")
@Table(name = "planning_budget_transfer")
public class BudgetTransfer extends ProgrammePart implements de.leitstand.kernel.api.persistence.AuditNamed {

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
        super(programme, position);
    }

    /** Input of a transfer EGL → VK. */
    public record Data(LocalDate date, BigDecimal amount, String note) {
    }

    void update(Data d) {
        this.date = d.date();
        this.amount = d.amount();
        this.note = d.note();
    }

    /** @return this transfer as input, to copy it into another version */
    Data data() {
        return new Data(date, amount, note);
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

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return "Umschichtung vom " + de.leitstand.kernel.api.persistence.AuditRendering.text(date) + " über " + de.leitstand.kernel.api.persistence.AuditRendering.text(amount) + " €";
    }
}
