package de.leitstand.web.shell;

import de.leitstand.kernel.api.UserAdministration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The caller changes their own password. */
@Named
@RequestScoped
public class PasswordBean {

    @Inject
    UserAdministration users;

    private String currentPassword;
    private String newPassword;

    public void change() {
        if (UiErrors.attempt(() -> users.changeOwnPassword(currentPassword, newPassword))) {
            UiTexts.info("notice.password.ihrPasswortGeaendert");
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
