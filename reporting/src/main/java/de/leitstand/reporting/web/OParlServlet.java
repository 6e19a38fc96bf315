package de.leitstand.reporting.web;

import de.leitstand.reporting.api.OParlApi;
import de.leitstand.reporting.api.ReportingViews;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OParl 1.1 at {@code /oparl/v1.1/…} (system, bodies, organizations, meetings, papers, files): read-only,
 * without login, released public papers only.
 */
@WebServlet("/oparl/v1.1/*")
public class OParlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern DOWNLOAD = Pattern.compile("/file/(\\d+)/download");

    @Inject
    transient OParlApi oparl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/system" : request.getPathInfo();
        response.setHeader("Access-Control-Allow-Origin", "*");
        Matcher download = DOWNLOAD.matcher(path);
        if (download.matches()) {
            Optional<ReportingViews.DocumentContent> file;
            try {
                file = oparl.download(Long.parseLong(download.group(1)));
            } catch (NumberFormatException tooLong) {
                file = Optional.empty();
            }
            if (file.isEmpty()) {
                notFound(response);
                return;
            }
            response.setContentType(file.get().mediaType());
            response.setHeader("Content-Disposition", "inline; filename=\"" + file.get().fileName() + "\"");
            response.setContentLength(file.get().bytes().length);
            response.getOutputStream().write(file.get().bytes());
            return;
        }
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getContextPath() + "/oparl/v1.1/";
        Optional<JsonObject> object = oparl.get(base, path);
        if (object.isEmpty()) {
            notFound(response);
            return;
        }
        byte[] json = object.get().toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write("{\"error\":\"Nicht gefunden\"}".getBytes(StandardCharsets.UTF_8));
    }
}
