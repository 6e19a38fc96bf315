package de.leitstand.web.reporting;

import de.leitstand.kernel.api.LeitstandException;
import de.leitstand.kernel.api.Text;
import de.leitstand.reporting.api.ReportingApi;
import de.leitstand.reporting.api.ReportingViews;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The UI's downloads (same login as the pages): {@code /berichte/vorschau?programm=ID} shows the programme
 * document as HTML, {@code /berichte/vorlage?id=ID} a committee paper, {@code /berichte/dokument?id=ID}
 * sends a generated document. Refusals keep their status.
 */
@WebServlet(urlPatterns = {"/berichte/vorschau", "/berichte/vorlage", "/berichte/dokument", "/berichte/export/*", "/berichte/controlling"})
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportingApi reporting;

    @Inject
    transient de.leitstand.reporting.api.PaperApi papers;

    @Inject
    transient de.leitstand.reporting.api.ExportApi exports;

    @Inject
    transient de.leitstand.web.shell.JobcenterChoice jobcenter;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (request.getServletPath().endsWith("export")) {
                java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
                request.getParameterMap().forEach((name, values) -> {
                    if (!"format".equals(name) && values.length > 0 && !values[0].isBlank()) {
                        parameters.put(name, values[0]);
                    }
                });
                String table = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
                send(response, exports.export(table, parameters, request.getParameter("format"), language(request)));
            } else if (request.getServletPath().endsWith("controlling")) {
                String monthParameter = request.getParameter("month") != null ? "month" : "monat";
                java.time.YearMonth month = de.leitstand.web.shell.MonthChoice.parse(request.getParameter(monthParameter));
                if (month == null) {
                    throw new de.leitstand.kernel.api.ValidationException("MONTH_INVALID", monthParameter, Text.of("kernel.NOT_A_MONTH", request.getParameter(monthParameter)));
                }
                // national users name the Jobcenter (?jobcenter=03504) or use the one chosen on the pages
                jobcenter.choose(request.getParameter(de.leitstand.web.shell.JobcenterChoice.PARAMETER));
                if (!jobcenter.isReady()) {
                    // no Jobcenter chosen yet: to the reports page, which asks for one
                    response.sendRedirect(request.getContextPath() + "/reporting/index.xhtml");
                    return;
                }
                byte[] html = reporting.controllingPreview(jobcenter.agency(), month).getBytes(StandardCharsets.UTF_8);
                response.setContentType("text/html;charset=UTF-8");
                response.setContentLength(html.length);
                response.getOutputStream().write(html);
            } else if (request.getServletPath().endsWith("vorschau") || request.getServletPath().endsWith("vorlage")) {
                String page = request.getServletPath().endsWith("vorlage") ? papers.preview(id(request, "id"))
                        : reporting.programmePreview(id(request, "programm"));
                byte[] html = page.getBytes(StandardCharsets.UTF_8);
                response.setContentType("text/html;charset=UTF-8");
                response.setContentLength(html.length);
                response.getOutputStream().write(html);
            } else {
                send(response, reporting.content(id(request, "id")));
            }
        } catch (LeitstandException refused) {
            response.sendError(refused.status(), refused.message(language(request)));
        }
    }

    private static void send(HttpServletResponse response, ReportingViews.DocumentContent content) throws IOException {
        response.setContentType(content.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + content.fileName() + "\"");
        response.setContentLength(content.bytes().length);
        response.getOutputStream().write(content.bytes());
    }

    /** The page's language (see LocaleBean): English only when the browser prefers it over German. */
    private static java.util.Locale language(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? de.leitstand.kernel.api.Languages.GERMAN
                : de.leitstand.kernel.api.Languages.of(java.util.Collections.list(request.getLocales()));
    }

    private static long id(HttpServletRequest request, String name) {
        try {
            return Long.parseLong(request.getParameter(name));
        } catch (NumberFormatException e) {
            throw new de.leitstand.kernel.api.ValidationException("ID_INVALID", name, Text.of("kernel.NOT_A_NUMBER", request.getParameter(name)));
        }
    }
}
