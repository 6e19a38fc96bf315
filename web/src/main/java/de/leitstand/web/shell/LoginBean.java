package de.leitstand.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;

/** The login form: hands the credential to the container's authentication mechanism. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.trim(),
                                password == null ? "" : password))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> Faces.redirect("index.xhtml");
            default -> {
                Messages.addGlobalError(Faces.getResourceBundle("msg").getString("login.failed"));
                Faces.validationFailed();
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
