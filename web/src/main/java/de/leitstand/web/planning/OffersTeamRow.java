package de.leitstand.web.planning;

import de.leitstand.planning.api.TeamPlanning;

import java.io.Serializable;

/** A team as an editable row (rename, deactivate). */
public class OffersTeamRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final long version;
    private String name;
    private boolean active;

    OffersTeamRow(TeamPlanning.TeamView team) {
        this.id = team.id();
        this.version = team.version();
        this.name = team.name();
        this.active = team.active();
    }

    public long getId() { return id; }
    long getVersion() { return version; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }
}
