package de.leitstand.web.programmes;

import de.leitstand.kernel.api.LeitstandException;
import de.leitstand.programmes.api.ChangeProposals;
import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeAccess;
import de.leitstand.programmes.api.ProgrammeManagement;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The external organisations (coordinators, education providers, chambers, companies): list, create, edit; an
 * organisation another Jobcenter created is not changed but proposed to its creator, who decides here
 * ({@link OrganisationProposalsBean}).
 */
@Named
@ViewScoped
public class OrganisationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeManagement programmes;

    @Inject
    ChangeProposals proposals;

    @Inject
    ProgrammeAccess access;

    @Inject
    OrganisationProposalsBean proposalsBean;

    private List<Row> rows;
    private String newName;
    private String newType = "BILDUNGSTRAEGER";
    private String newAddress;
    private String newContact;

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>(programmes.organisations().stream().map(Row::new).toList());
        }
        return rows;
    }

    /** Reads the organisations anew when they are next shown (after a proposal was accepted). */
    void refresh() {
        rows = null;
    }

    public void create() {
        if (UiErrors.attempt(() -> programmes.createOrganisation(new ProgrammeInputs.Organisation(newName, newType, newAddress, newContact, 0)))) {
            UiTexts.info("notice.organisations.organisationAngelegt");
            newName = null;
            newAddress = null;
            newContact = null;
            rows = null;
        }
    }

    /** Saves the row; where the organisation is another's, the change goes to its creator as a proposal. */
    public void save(Row row) {
        var input = new ProgrammeInputs.Organisation(row.getName(), row.getType(), row.getAddress(), row.getContact(), row.version);
        try {
            programmes.changeOrganisation(row.id, input);
            UiTexts.info("notice.organisations.organisationGespeichert");
            rows = null;
        } catch (LeitstandException refused) {
            if (!"SHARED_RECORD_FOREIGN".equals(refused.code())) {
                UiErrors.show(refused);
                return;
            }
            if (UiErrors.attempt(() -> proposals.proposeOrganisationChange(row.id, input))) {
                UiTexts.info("notice.organisations.dieseOrganisationHat");
                rows = null;
                proposalsBean.refresh();
            }
        }
    }

    public boolean isMayEdit() {
        return access.rights().editOrganisations();
    }

    public String getNewName() { return newName; }
    public void setNewName(String v) { newName = v; }
    public String getNewType() { return newType; }
    public void setNewType(String v) { newType = v; }
    public String getNewAddress() { return newAddress; }
    public void setNewAddress(String v) { newAddress = v; }
    public String getNewContact() { return newContact; }
    public void setNewContact(String v) { newContact = v; }

    /** An organisation as an editable row. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final long version;
        private String name;
        private String type;
        private String address;
        private String contact;

        Row(ProgrammeViews.OrganisationView view) {
            this.id = view.id();
            this.version = view.version();
            this.name = view.name();
            this.type = view.type();
            this.address = view.address();
            this.contact = view.contact();
        }

        public long getId() { return id; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getType() { return type; }
        public void setType(String v) { type = v; }
        public String getAddress() { return address; }
        public void setAddress(String v) { address = v; }
        public String getContact() { return contact; }
        public void setContact(String v) { contact = v; }
    }
}
