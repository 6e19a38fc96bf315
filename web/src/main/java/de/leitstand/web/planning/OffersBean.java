package de.leitstand.web.planning;

import de.leitstand.planning.api.TeamPlanning;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Bottom-up planning: teams, their offers for a year, the sum against the target, the decisions. */
@Named
@ViewScoped
public class OffersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    de.leitstand.web.shell.JobcenterChoice jobcenter;

    @Inject
    TeamPlanning teams;

    private int year = LocalDate.now().getYear() + 1;
    private TeamPlanning.OfferOverview overview;
    private List<TeamPlanning.TeamView> teamList;
    private List<OffersTeamRow> teamRows;
    private Long offerTeam;
    private Integer offered;
    private String offerNote;
    private String newTeam;
    private Integer adjusted;

    public void load() {
        if (!jobcenter.isReady()) {
            return;
        }
        overview = teams.offers(jobcenter.agency(), year);
        teamList = teams.teams(jobcenter.agency());
        teamRows = new java.util.ArrayList<>(teamList.stream().map(OffersTeamRow::new).toList());
    }

    public void saveTeam(OffersTeamRow row) {
        if (UiErrors.attempt(() -> teams.changeTeam(row.getId(), new TeamPlanning.TeamInput(row.getName(), row.isActive(), row.getVersion())))) {
            UiTexts.info("notice.offers.teamGespeichert");
            load();
        }
    }

    public List<OffersTeamRow> getTeamRows() {
        if (teamRows == null) {
            load();
        }
        return teamRows;
    }

    public void submitOffer() {
        if (UiErrors.attempt(() -> teams.submitOffer(jobcenter.agency(), new TeamPlanning.OfferInput(offerTeam == null ? 0 : offerTeam,
                year, offered == null ? -1 : offered, offerNote)))) {
            UiTexts.info("notice.offers.angebotGespeichert");
            offered = null;
            offerNote = null;
            load();
        }
    }

    public void accept(TeamPlanning.OfferView offer) {
        decide(offer, "ANGENOMMEN", null);
    }

    public void adjust(TeamPlanning.OfferView offer) {
        decide(offer, "ANGEPASST", adjusted);
    }

    private void decide(TeamPlanning.OfferView offer, String decision, Integer value) {
        if (UiErrors.attempt(() -> teams.decide(offer.id(), new TeamPlanning.Decision(decision, value, offer.version())))) {
            UiTexts.info("notice.offers.entscheidungGespeichert");
            adjusted = null;
            load();
        }
    }

    public void createTeam() {
        if (UiErrors.attempt(() -> teams.createTeam(jobcenter.agency(), new TeamPlanning.TeamInput(newTeam, true, 0)))) {
            UiTexts.info("notice.offers.teamAngelegt");
            newTeam = null;
            load();
        }
    }

    /** @return what the caller may do here, as the service says (from the roles its use cases ask for) */
    private TeamPlanning.OfferRights may() {
        return getOverview() == null ? new TeamPlanning.OfferRights(false, false, false) : overview.may();
    }

    public boolean isMayOffer() { return may().offer(); }
    public boolean isMayDecide() { return may().decide(); }
    public boolean isMayManageTeams() { return may().manageTeams(); }

    public TeamPlanning.OfferOverview getOverview() {
        if (overview == null) {
            load();
        }
        return overview;
    }

    public List<TeamPlanning.TeamView> getTeams() {
        if (teamList == null) {
            load();
        }
        return teamList;
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public Long getOfferTeam() { return offerTeam; }
    public void setOfferTeam(Long v) { offerTeam = v; }
    public Integer getOffered() { return offered; }
    public void setOffered(Integer v) { offered = v; }
    public String getOfferNote() { return offerNote; }
    public void setOfferNote(String v) { offerNote = v; }
    public String getNewTeam() { return newTeam; }
    public void setNewTeam(String v) { newTeam = v; }
    public Integer getAdjusted() { return adjusted; }
    public void setAdjusted(Integer v) { adjusted = v; }
}
