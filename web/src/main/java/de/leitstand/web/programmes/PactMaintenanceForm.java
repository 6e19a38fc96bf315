package de.leitstand.web.programmes;

import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeManagement;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

/** The lead Jobcenter's form of the pact page: members join and leave, partners, coordination and the history's events. */
@Named
@ViewScoped
public class PactMaintenanceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PactBean page;

    @Inject
    ProgrammeManagement programmes;

    private String memberAgency;
    private LocalDate memberDate;
    private Long partnerOrganisation;
    private String partnerRole;
    private LocalDate eventDate;
    private String eventType = "EINZELKONZEPTE";
    private String eventDescription;
    private Long coordinatorId;
    private String coordinatorRole;
    private LocalDate coordinatorSince;

    private long version() {
        return page.getPact().version();
    }

    public void join() {
        page.apply(() -> programmes.join(page.getId(), new ProgrammeInputs.Membership(memberAgency, memberDate, version())),
                "notice.pact.beitrittErfasst");
    }

    public void leave() {
        page.apply(() -> programmes.leave(page.getId(), new ProgrammeInputs.Membership(memberAgency, memberDate, version())),
                "notice.pact.austrittErfasst");
    }

    public void addPartner() {
        page.apply(() -> programmes.addPartner(page.getId(), new ProgrammeInputs.Partner(partnerOrganisation == null ? 0 : partnerOrganisation,
                partnerRole, version())), "notice.pact.partnerHinzugefuegt");
    }

    public void changeCoordinator() {
        page.apply(() -> programmes.changeCoordinator(page.getId(), new ProgrammeInputs.Coordinator(coordinatorId, coordinatorRole,
                coordinatorSince, version())), "notice.pact.koordinationGeaendert");
    }

    public void recordEvent() {
        page.apply(() -> programmes.recordEvent(page.getId(), new ProgrammeInputs.Event(eventDate, eventType, eventDescription, version())),
                "notice.pact.ereignisErfasst");
    }

    public String getMemberAgency() { return memberAgency; }
    public void setMemberAgency(String v) { memberAgency = v; }
    public LocalDate getMemberDate() { return memberDate; }
    public void setMemberDate(LocalDate v) { memberDate = v; }
    public Long getPartnerOrganisation() { return partnerOrganisation; }
    public void setPartnerOrganisation(Long v) { partnerOrganisation = v; }
    public String getPartnerRole() { return partnerRole; }
    public void setPartnerRole(String v) { partnerRole = v; }
    public LocalDate getEventDate() { return eventDate; }
    public void setEventDate(LocalDate v) { eventDate = v; }
    public String getEventType() { return eventType; }
    public void setEventType(String v) { eventType = v; }
    public String getEventDescription() { return eventDescription; }
    public void setEventDescription(String v) { eventDescription = v; }
    public Long getCoordinatorId() { return coordinatorId; }
    public void setCoordinatorId(Long v) { coordinatorId = v; }
    public String getCoordinatorRole() { return coordinatorRole; }
    public void setCoordinatorRole(String v) { coordinatorRole = v; }
    public LocalDate getCoordinatorSince() { return coordinatorSince; }
    public void setCoordinatorSince(LocalDate v) { coordinatorSince = v; }
}
