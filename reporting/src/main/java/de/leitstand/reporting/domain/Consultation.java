package de.leitstand.reporting.domain;

import de.leitstand.kernel.api.persistence.PartOf;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalTime;

/** One step of a paper's Beratungsfolge: the meeting date (and local start time when known), the committee and its role (e.g. Kenntnisnahme). */
@PartOf(Paper.class)
@Entity
@de.leitstand.kernel.api.persistence.Audited("Beratung")
@Table(name = "reporting_consultation")
public class Consultation implements de.leitstand.kernel.api.persistence.AuditNamed {

    @Id
    @SequenceGenerator(name = "reporting_paper_seq", sequenceName = "reporting_paper_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_paper_seq")
    private Long id;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "meeting_time")
    private LocalTime meetingTime;

    @Column(name = "committee", nullable = false, length = 200)
    private String committee;

    @Column(name = "role", nullable = false, length = 100)
    private String role;

    protected Consultation() {
        // for JPA
    }

    public Consultation(int position, LocalDate meetingDate, String committee, String role) {
        this(position, meetingDate, null, committee, role);
    }

    /** @param meetingTime the meeting's local start time (Europe/Berlin), null when not yet known */
    public Consultation(int position, LocalDate meetingDate, LocalTime meetingTime, String committee, String role) {
        this.position = position;
        this.meetingDate = meetingDate;
        this.meetingTime = meetingTime;
        this.committee = committee;
        this.role = role;
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public LocalTime getMeetingTime() { return meetingTime; }
    public String getCommittee() { return committee; }
    public String getRole() { return role; }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return committee + ", " + de.leitstand.kernel.api.persistence.AuditRendering.text(meetingDate) + ", " + role;
    }
}
