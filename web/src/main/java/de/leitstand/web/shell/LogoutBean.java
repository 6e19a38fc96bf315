package de.leitstand.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import org.omnifaces.util.Faces;

import java.io.IOException;

/** Ends the session and returns to the login page. */
@Named
@RequestScoped
public class LogoutBean {

    public void logout() throws ServletException, IOException {
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect("login.xhtml?abgemeldet=true");
    }
}
