package de.leitstand.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;

/**
 * A page's form sent without the page's CSP nonce did not come from the page in a browser (PrimeFaces' script
 * adds the nonce to every form): a hand-made or replayed POST. PrimeFaces would refuse it while rendering the
 * answer with an exception that even the error page cannot render (a 500); it is answered instead with the page
 * loaded anew (303 See Other), so nothing is processed and nothing fails. Ajax requests and file uploads are
 * left to PrimeFaces.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class FormPostbackFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String NONCE = "primefaces.nonce";
    static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isPlainFormPost(request) && request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8"); // as Faces would: the pages are UTF-8, and the parameters are read here first
        }
        if (isPlainFormPost(request) && request.getParameter(VIEW_STATE) != null && request.getParameter(NONCE) == null) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getRequestURI() + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isPlainFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && request.getHeader("Faces-Request") == null;
    }
}
