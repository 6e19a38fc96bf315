package de.leitstand.programmes.domain;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.persistence.TenantScoped;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An employment pact (Beschäftigungspakt) in a programme phase. Aggregate root. Invariants:
 * <ul>
 *   <li>memberships lie within the phase, and a membership's leave date is after its join date;</li>
 *   <li>a Jobcenter is never a member twice at the same time;</li>
 *   <li>every join and leave is also a dated event, so the pact "as of" any date can be shown;</li>
 *   <li>the lead Jobcenter (financial responsibility) is a member.</li>
 * </ul>
 * The pact is shared: every member Jobcenter sees it; the lead Jobcenter maintains it.
 */
@Entity
@Audited("Beschäftigungspakt")
@Table(name = "programmes_pact")
public class Pact implements de.leitstand.kernel.api.persistence.AuditNamed, TenantScoped {

    @Id
    @SequenceGenerator(name = "programmes_seq", sequenceName = "programmes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programmes_seq")
    private Long id;

    @Column(name = "phase_id", nullable = false, updatable = false)
    private Long phaseId;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "coordinator_id")
    private Long coordinatorId;

    @Column(name = "coordinator_role", length = 300)
    private String coordinatorRole;

    @Column(name = "lead_agency_number", nullable = false, length = 5)
    private String leadAgencyNumber;

    @OneToMany(mappedBy = "pact", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("joinedOn")
    private List<PactMembership> memberships = new ArrayList<>();

    @OneToMany(mappedBy = "pact", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PactPartner> partners = new ArrayList<>();

    @OneToMany(mappedBy = "pact", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date")
    private List<PactEvent> events = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Pact() {
        // for JPA
    }

    /** A new pact whose lead Jobcenter joins on the given day. */
    public Pact(ProgrammePhase phase, String name, AgencyNumber lead, LocalDate leadJoinedOn) {
        this.phaseId = phase.getId();
        this.name = name;
        this.leadAgencyNumber = lead.value();
        join(phase, lead, leadJoinedOn);
    }

    /** The lead Jobcenter owns the pact's data. */
    @Override
    public AgencyNumber getAgencyNumber() {
        return new AgencyNumber(leadAgencyNumber);
    }

    /** Every Jobcenter that is or was a member reads the pact; members who left keep their history. */
    @Override
    public java.util.Collection<AgencyNumber> readers() {
        java.util.Set<AgencyNumber> readers = new java.util.LinkedHashSet<>();
        readers.add(getAgencyNumber());
        memberships.forEach(m -> readers.add(m.getAgencyNumber()));
        return readers;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    /** Sets the coordinator; a change after the start is recorded as an event. */
    public void coordinate(Long organisationId, String role, LocalDate since, String organisationName) {
        boolean change = coordinatorId != null && !coordinatorId.equals(organisationId);
        this.coordinatorId = organisationId;
        this.coordinatorRole = role;
        if (change) {
            record(since, PactEventType.KOORDINATION, "Koordination durch " + organisationName, null);
        }
    }

    /** A Jobcenter joins; refused outside the phase or while it is already a member. */
    public PactMembership join(ProgrammePhase phase, AgencyNumber agency, LocalDate joinedOn) {
        requireWithin(phase, joinedOn, Text.of("programmes.WHAT_DER_BEITRITT"));
        boolean overlapping = memberships.stream().anyMatch(m -> m.getAgencyNumber().equals(agency)
                && (m.getLeftOn() == null || !m.getLeftOn().isBefore(joinedOn)));
        if (overlapping) {
            throw new ConflictException("ALREADY_MEMBER", Text.of("programmes.ALREADY_MEMBER", agency));
        }
        PactMembership membership = new PactMembership(this, agency, joinedOn);
        memberships.add(membership);
        record(joinedOn, PactEventType.BEITRITT, "Beitritt", agency);
        return membership;
    }

    /** A Jobcenter leaves on a day after it joined, within the phase. */
    public void leave(ProgrammePhase phase, AgencyNumber agency, LocalDate leftOn) {
        PactMembership membership = memberships.stream()
                .filter(m -> m.getAgencyNumber().equals(agency) && m.getLeftOn() == null).findFirst()
                .orElseThrow(() -> new ValidationException("NOT_A_MEMBER", "agencyNumber",
                        Text.of("programmes.NOT_A_MEMBER.2", agency)));
        requireWithin(phase, leftOn, Text.of("programmes.WHAT_DER_AUSTRITT"));
        if (!leftOn.isAfter(membership.getJoinedOn())) {
            throw new ValidationException("LEAVE_BEFORE_JOIN", "leftOn", Text.of("programmes.LEAVE_BEFORE_JOIN", membership.getJoinedOn()));
        }
        membership.leave(leftOn);
        record(leftOn, PactEventType.AUSTRITT, "Austritt", agency);
    }

    public void addPartner(Long organisationId, String role) {
        if (partners.stream().anyMatch(p -> p.getOrganisationId().equals(organisationId))) {
            throw new ConflictException("PARTNER_EXISTS", Text.of("programmes.PARTNER_EXISTS"));
        }
        partners.add(new PactPartner(this, organisationId, role));
    }

    public void removePartner(Long organisationId) {
        partners.removeIf(p -> p.getOrganisationId().equals(organisationId));
    }

    /** Records a dated event of the pact's history (concept changes and the like). */
    public PactEvent record(LocalDate date, PactEventType type, String description, AgencyNumber agency) {
        PactEvent event = new PactEvent(this, date, type, description, agency);
        events.add(event);
        events.sort(Comparator.comparing(PactEvent::getDate));
        return event;
    }

    private static void requireWithin(ProgrammePhase phase, LocalDate date, Text what) {
        if (date == null || !phase.contains(date)) {
            throw new ValidationException("OUTSIDE_PHASE", "date", Text.of("programmes.OUTSIDE_PHASE.2", what, phase.getNumber(), phase.getFrom(), phase.getTo()));
        }
    }

    /** @return the members on that day */
    public List<PactMembership> membersOn(LocalDate date) {
        return memberships.stream().filter(m -> m.isActiveOn(date)).toList();
    }

    /** @return whether the Jobcenter is or was a member at any time */
    public boolean hasMember(AgencyNumber agency) {
        return memberships.stream().anyMatch(m -> m.getAgencyNumber().equals(agency));
    }

    public Optional<PactMembership> membershipOf(AgencyNumber agency) {
        return memberships.stream().filter(m -> m.getAgencyNumber().equals(agency))
                .max(Comparator.comparing(PactMembership::getJoinedOn));
    }

    /** @return whether the pact worked with Jobcenter-specific concepts on that day (else one joint concept) */
    public boolean individualConceptsOn(LocalDate date) {
        return events.stream().filter(e -> !e.getDate().isAfter(date))
                .filter(e -> e.getType() == PactEventType.EINZELKONZEPTE || e.getType() == PactEventType.GEMEINSAMES_KONZEPT)
                .reduce((first, second) -> second)
                .map(e -> e.getType() == PactEventType.EINZELKONZEPTE).orElse(false);
    }

    public Long getId() { return id; }
    public Long getPhaseId() { return phaseId; }
    public String getName() { return name; }
    public Long getCoordinatorId() { return coordinatorId; }
    public String getCoordinatorRole() { return coordinatorRole; }
    public AgencyNumber getLeadAgencyNumber() { return new AgencyNumber(leadAgencyNumber); }
    public List<PactMembership> getMemberships() { return Collections.unmodifiableList(memberships); }
    public List<PactPartner> getPartners() { return Collections.unmodifiableList(partners); }
    public List<PactEvent> getEvents() { return Collections.unmodifiableList(events); }
    public long getVersion() { return version; }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return name;
    }
}
