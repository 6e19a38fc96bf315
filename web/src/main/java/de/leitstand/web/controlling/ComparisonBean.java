package de.leitstand.web.controlling;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.kernel.api.Text;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One Kennzahl for all Jobcenters (or one Vergleichstyp) in a month, ranked; the own Jobcenter
 * highlighted. The administrator maintains the Vergleichstypen and their members on the same page.
 */
@Named
@ViewScoped
public class ComparisonBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ControllingApi controlling;

    private String code = "K2";
    private String month = YearMonth.now().minusMonths(4).toString();
    private String group;
    private ControllingViews.Comparison comparison;
    private List<ControllingViews.ComparisonTypeView> types = List.of();

    private String typeCode;
    private String typeName;
    private String typeFrom;
    private String typeTo;
    private String assignCode;
    private String assignAgency;
    private String assignFrom;

    @PostConstruct
    void load() {
        types = controlling.comparisonTypes(null);
    }

    public void compare() {
        UiErrors.attempt(() -> {
            YearMonth parsed = month(month);
            if (parsed == null) {
                throw new de.leitstand.kernel.api.ValidationException("MONTH_MISSING", "month", Text.of("web.MONTH_MISSING"));
            }
            comparison = controlling.compare(code, parsed, "GESAMT", group);
        });
    }

    public void saveType() {
        UiErrors.attempt(() -> {
            Long version = types.stream().filter(t -> t.code().equals(typeCode == null ? "" : typeCode.trim()))
                    .map(ControllingViews.ComparisonTypeView::version).findFirst().orElse(null);
            controlling.saveComparisonType(typeCode, typeName, month(typeFrom), month(typeTo), version);
            types = controlling.comparisonTypes(null);
            UiTexts.info("notice.comparison.vergleichstypGespeichert", typeCode.trim());
            typeCode = typeName = typeFrom = typeTo = null;
        });
    }

    public void assign() {
        UiErrors.attempt(() -> {
            controlling.assignComparisonType(assignCode, assignAgency, month(assignFrom));
            types = controlling.comparisonTypes(null);
            UiTexts.info("notice.comparison.jobcenterAbDem", assignAgency.trim(), assignFrom.trim(), assignCode);
            assignAgency = assignFrom = null;
        });
    }

    /** Removes an assignment; the one before it runs on. */
    public void remove(ControllingViews.ComparisonTypeView type, ControllingViews.ComparisonMember member) {
        UiErrors.attempt(() -> {
            controlling.removeAssignment(type.code(), member.agencyNumber(), member.validFrom());
            types = controlling.comparisonTypes(null);
            UiTexts.info("notice.comparison.zuordnungAbVergleichstyp", member.agencyNumber(), member.validFrom(), type.code());
        });
    }

    /** Copies a type into the form for a change. */
    public void edit(ControllingViews.ComparisonTypeView type) {
        typeCode = type.code();
        typeName = type.name();
        typeFrom = type.validFrom().toString();
        typeTo = type.validTo() == null ? null : type.validTo().toString();
    }

    private static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new de.leitstand.kernel.api.ValidationException("MONTH_INVALID", "month", Text.of("kernel.NOT_A_MONTH", value));
        }
    }

    public ControllingViews.Comparison getComparison() { return comparison; }
    public List<ControllingViews.ComparisonTypeView> getTypes() { return types; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
    public String getGroup() { return group; }
    public void setGroup(String v) { group = v; }
    public String getTypeCode() { return typeCode; }
    public void setTypeCode(String v) { typeCode = v; }
    public String getTypeName() { return typeName; }
    public void setTypeName(String v) { typeName = v; }
    public String getTypeFrom() { return typeFrom; }
    public void setTypeFrom(String v) { typeFrom = v; }
    public String getTypeTo() { return typeTo; }
    public void setTypeTo(String v) { typeTo = v; }
    public String getAssignCode() { return assignCode; }
    public void setAssignCode(String v) { assignCode = v; }
    public String getAssignAgency() { return assignAgency; }
    public void setAssignAgency(String v) { assignAgency = v; }
    public String getAssignFrom() { return assignFrom; }
    public void setAssignFrom(String v) { assignFrom = v; }
}
