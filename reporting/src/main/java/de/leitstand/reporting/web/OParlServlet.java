package de.leitstand.reporting.web;

import de.leitstand.reporting.api.OParlApi;
import de.leitstand.reporting.api.ReportingViews;
import de.leitstand.reporting.domain.GeneratedDocument;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OParl 1.1 at {@code /oparl/v1.1/…}: read-only, without login, released public papers only. Objects and lists carry
 * {@code ETag} and {@code Last-Modified} and answer conditional requests with 304; a file's {@code accessUrl}
 * ({@code …/content}) is shown inline, its {@code downloadUrl} ({@code …/download}) is an attachment with its file name.
 * A path that is not the canonical form of an id (a trailing or doubled slash, a leading zero) is not found; the root
 * {@code /oparl/v1.1/} redirects to the system.
 */
@WebServlet("/oparl/v1.1/*")
public class OParlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "/oparl/v1.1/";
    private static final Pattern FILE = Pattern.compile("file/([1-9][0-9]{0,17})/(content|download)");

    @Inject
    transient OParlApi oparl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        if (raw.equals(PREFIX) || raw.equals(PREFIX.substring(0, PREFIX.length() - 1))) {
            // the root is not an object: clients are sent to the system, the entry point
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", oparl.get("system", Map.of()).json().getString("id"));
            return;
        }
        String path = raw.startsWith(PREFIX) ? raw.substring(PREFIX.length()) : "";
        Matcher file = FILE.matcher(path);
        if (file.matches()) {
            file(request, response, Long.parseLong(file.group(1)), "download".equals(file.group(2)));
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, values[0]));
        OParlApi.Reply reply = oparl.get(path, parameters);
        byte[] json = reply.json().toString().getBytes(StandardCharsets.UTF_8);
        if (reply.status() == HttpServletResponse.SC_OK && notModified(request, response, json, reply.lastModified())) {
            return;
        }
        response.setStatus(reply.status());
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    private void file(HttpServletRequest request, HttpServletResponse response, long id, boolean attachment) throws IOException {
        Optional<ReportingViews.DocumentContent> file = oparl.download(id);
        if (file.isEmpty()) {
            OParlApi.Reply error = oparl.get("file/" + id + "/missing", Map.of());
            byte[] json = error.json().toString().getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(json);
            return;
        }
        byte[] bytes = file.get().bytes();
        if (notModified(request, response, bytes, null)) {
            return;
        }
        String name = file.get().fileName();
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        response.setContentType(file.get().mediaType());
        response.setHeader("Content-Disposition", (attachment ? "attachment" : "inline") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Sets ETag and Last-Modified; answers 304 when the client's copy is current. */
    private static boolean notModified(HttpServletRequest request, HttpServletResponse response, byte[] body, Instant lastModified) {
        String etag = "\"" + GeneratedDocument.sha512(body).substring(0, 32) + "\"";
        response.setHeader("ETag", etag);
        if (lastModified != null) {
            response.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC)));
        }
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean current;
        if (ifNoneMatch != null) {
            current = ifNoneMatch.equals("*") || java.util.Arrays.stream(ifNoneMatch.split(",")).map(String::strip).anyMatch(etag::equals);
        } else {
            long since;
            try {
                since = request.getDateHeader("If-Modified-Since");
            } catch (IllegalArgumentException malformed) {
                since = -1;
            }
            current = since >= 0 && lastModified != null && !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(Instant.ofEpochMilli(since));
        }
        if (current) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return current;
    }
}
