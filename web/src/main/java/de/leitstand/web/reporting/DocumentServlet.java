package de.leitstand.web.reporting;

import de.leitstand.kernel.api.LeitstandException;
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
@WebServlet(urlPatterns = {"/berichte/vorschau", "/berichte/vorlage", "/berichte/dokument"})
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportingApi reporting;

    @Inject
    transient de.leitstand.reporting.api.PaperApi papers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (request.getServletPath().endsWith("vorschau") || request.getServletPath().endsWith("vorlage")) {
                String page = request.getServletPath().endsWith("vorlage") ? papers.preview(id(request, "id"))
                        : reporting.programmePreview(id(request, "programm"));
                byte[] html = page.getBytes(StandardCharsets.UTF_8);
                response.setContentType("text/html;charset=UTF-8");
                response.setContentLength(html.length);
                response.getOutputStream().write(html);
            } else {
                ReportingViews.DocumentContent content = reporting.content(id(request, "id"));
                response.setContentType(content.mediaType());
                response.setHeader("Content-Disposition", "attachment; filename=\"" + content.fileName() + "\"");
                response.setContentLength(content.bytes().length);
                response.getOutputStream().write(content.bytes());
            }
        } catch (LeitstandException refused) {
            response.sendError(refused.status(), refused.getMessage());
        }
    }

    private static long id(HttpServletRequest request, String name) {
        try {
            return Long.parseLong(request.getParameter(name));
        } catch (NumberFormatException e) {
            throw new de.leitstand.kernel.api.ValidationException("ID_INVALID", name, "„" + request.getParameter(name) + "“ ist keine Nummer.");
        }
    }
}
