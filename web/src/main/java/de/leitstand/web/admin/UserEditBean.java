package de.leitstand.web.admin;

import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.PageRequest;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.UserAdministration;
import de.leitstand.kernel.api.UserView;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.text.MessageFormat;

/** Creates a user, or edits one (name, Jobcenter, roles, status) and resets its password. */
@Named
@ViewScoped
public class UserEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobcenterDirectory jobcenters;

    @Inject
    UserAdministration users;

    private String username;
    private UserForm form = new UserForm();
    private String newPassword;

    /** View action: loads the user named by the {@code name} parameter, or prepares a new one. */
    public void load() {
        if (username != null && !username.isBlank()) {
            form = UserForm.of(users.get(username));
        }
    }

    public boolean isCreating() {
        return username == null || username.isBlank();
    }

    /** @return the supervising levels a REGIONALDIREKTION or LAND user can be bound to, by key */
    public java.util.List<de.leitstand.kernel.api.SupervisoryLevel> getAllLevels() {
        java.util.List<de.leitstand.kernel.api.SupervisoryLevel> levels = new java.util.ArrayList<>();
        for (de.leitstand.kernel.api.Regionaldirektion rd : de.leitstand.kernel.api.Regionaldirektion.values()) {
            levels.add(de.leitstand.kernel.api.SupervisoryLevel.of(rd));
        }
        for (de.leitstand.kernel.api.Land land : de.leitstand.kernel.api.Land.values()) {
            levels.add(de.leitstand.kernel.api.SupervisoryLevel.of(land));
        }
        return levels;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public void save() throws IOException {
        if (isCreating()) {
            UserView[] created = new UserView[1];
            if (UiErrors.attempt(() -> created[0] = users.create(form.toNewUser()))) {
                UiTexts.flashInfo("notice.userEdit.benutzerAngelegt", created[0].username());
                Faces.redirect("admin/users.xhtml");
            }
        } else if (UiErrors.attempt(() -> form = UserForm.of(users.update(username, form.toChange())))) {
            UiTexts.info("notice.userEdit.aenderungenGespeichert");
        }
    }

    public void resetPassword() {
        if (UiErrors.attempt(() -> users.resetPassword(username, newPassword))) {
            newPassword = null;
            UiTexts.info("notice.userEdit.passwortZurueckgesetzt");
        }
    }

    public void unlock() {
        boolean[] locked = new boolean[1];
        if (UiErrors.attempt(() -> locked[0] = users.unlock(username))) {
            var bundle = Faces.getResourceBundle("msg");
            Messages.addGlobalInfo(MessageFormat.format(bundle.getString(locked[0] ? "user.unlocked" : "user.notLocked"), username));
        }
    }

    /** @return the agency numbers of the Jobcenters whose name or number contains the text typed (at most 20) */
    public List<String> completeJobcenter(String text) {
        return jobcenters.search(text, null, new PageRequest(0, 20)).items().stream().map(JobcenterView::agencyNumber).toList();
    }

    /** @return "26706 – Rotenburg (Wümme)": how a Jobcenter is offered and shown in the field */
    public String jobcenterLabel(String agencyNumber) {
        if (agencyNumber == null || agencyNumber.isBlank()) {
            return "";
        }
        return jobcenters.find(agencyNumber).map(j -> j.agencyNumber() + " – " + j.name()).orElse(agencyNumber);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public UserForm getForm() {
        return form;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
