package de.leitstand.web.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** One editable row of a paper's Beratungsfolge in the papers' editor. */
public class ConsultationStep implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private LocalTime time;
    private String committee;
    private String role;

    boolean isFilled() {
        return date != null || committee != null && !committee.isBlank();
    }

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate v) { date = v; }
    public LocalTime getTime() { return time; }
    public void setTime(LocalTime v) { time = v; }
    public String getCommittee() { return committee; }
    public void setCommittee(String v) { committee = v; }
    public String getRole() { return role; }
    public void setRole(String v) { role = v; }
}
