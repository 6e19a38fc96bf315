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
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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
                Messages.addGlobalError(failure(request));
                Faces.validationFailed();
            }
        }
    }

    /** The message of a refused login: locked until, wait, or wrong credentials (set by the kernel's login gate). */
    private static String failure(HttpServletRequest request) {
        var bundle = Faces.getResourceBundle("msg");
        if (request.getAttribute("leitstand.login.retryAt") instanceof Instant retryAt) {
            if (Boolean.TRUE.equals(request.getAttribute("leitstand.login.locked"))) {
                return MessageFormat.format(bundle.getString("login.locked"),
                        DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(retryAt.atZone(ZoneId.of("Europe/Berlin"))));
            }
            return MessageFormat.format(bundle.getString("login.throttled"),
                    String.valueOf(Math.max(1, Duration.between(Instant.now(), retryAt).toSeconds() + 1)));
        }
        return bundle.getString("login.failed");
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
