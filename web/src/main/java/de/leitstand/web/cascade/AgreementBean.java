package de.leitstand.web.cascade;

import de.leitstand.planning.api.TargetAgreements;
import de.leitstand.planning.api.TargetAgreements.AgreementView;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A Jobcenter's planning round of a year: the basis and reference values, the offer, every step, and the
 * step the caller may take (Geschäftsführung: offer, sign; the level: accept, ask for renegotiation).
 */
@Named
@ViewScoped
public class AgreementBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TargetAgreements agreements;

    private int year = LocalDate.now().getYear() + 1;
    private String agencyNumber;
    private AgreementView agreement;
    private BigDecimal rateWomen;
    private BigDecimal rateMen;
    private String text;
    private LocalDate concludedOn = LocalDate.now();

    /** View action: the round of the year, of the named Jobcenter (level) or the caller's own. */
    public void load() {
        UiErrors.attempt(() -> {
            List<AgreementView> found = agreements.list(agencyNumber, year);
            agreement = found.stream().filter(a -> agencyNumber == null || agencyNumber.equals(a.agencyNumber())).findFirst().orElse(null);
        });
    }

    public void offer() {
        step(() -> agreements.submitOffer(agreement.id(), new TargetAgreements.OfferInput(rateWomen, rateMen, text, agreement.version())),
                "notice.agreement.zielwertangebotAbgegeben");
    }

    public void renegotiate() {
        step(() -> agreements.requestRenegotiation(agreement.id(), new TargetAgreements.StepInput(text, agreement.version())),
                "notice.agreement.nachverhandlungErbeten");
    }

    public void accept() {
        step(() -> agreements.accept(agreement.id(), new TargetAgreements.StepInput(text, agreement.version())),
                "notice.agreement.angebotAngenommen");
    }

    public void conclude() {
        step(() -> agreements.conclude(agreement.id(), new TargetAgreements.ConclusionInput(concludedOn, agreement.version())),
                "notice.agreement.zielvereinbarungUnterzeichnetProgramm");
    }

    private void step(java.util.function.Supplier<AgreementView> useCase, String doneKey) {
        if (UiErrors.attempt(() -> agreement = useCase.get())) {
            text = null;
            UiTexts.info(doneKey);
        }
    }

    /** The service says what the caller may do with the round now (roles of its use cases and the round's status). */
    public boolean isMayOffer() {
        return agreement != null && agreement.may().offer();
    }

    public boolean isMayReview() {
        return agreement != null && agreement.may().review();
    }

    public boolean isMaySign() {
        return agreement != null && agreement.may().sign();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getAgencyNumber() { return agencyNumber; }
    public void setAgencyNumber(String agencyNumber) { this.agencyNumber = agencyNumber == null || agencyNumber.isBlank() ? null : agencyNumber; }
    public AgreementView getAgreement() { return agreement; }
    public BigDecimal getRateWomen() { return rateWomen; }
    public void setRateWomen(BigDecimal value) { rateWomen = value; }
    public BigDecimal getRateMen() { return rateMen; }
    public void setRateMen(BigDecimal value) { rateMen = value; }
    public String getText() { return text; }
    public void setText(String value) { text = value; }
    public LocalDate getConcludedOn() { return concludedOn; }
    public void setConcludedOn(LocalDate value) { concludedOn = value; }
}
