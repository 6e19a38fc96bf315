package de.leitstand.web.shell;

import jakarta.faces.context.FacesContext;

/** Navigation back to the page itself with its parameters in the address, so what is shown can be bookmarked. */
public final class SameView {

    private SameView() {
    }

    /** @return the outcome that redirects to the current page with its view parameters ({@code ?month=2020-06}) */
    public static String withParameters() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
