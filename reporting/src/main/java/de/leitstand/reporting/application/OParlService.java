package de.leitstand.reporting.application;

import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.reporting.api.OParlApi;
import de.leitstand.reporting.api.ReportingViews;
import de.leitstand.reporting.domain.PaperBody;
import de.leitstand.reporting.domain.PaperRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static de.leitstand.reporting.application.OParlFormat.SCHEMA;
import static de.leitstand.reporting.application.OParlFormat.stamp;

/**
 * OParl 1.1 objects of the released public papers (see {@link OParlCatalog} for what is derived from them) and the
 * lists with OParl's filters and pages ({@link OParlPages}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OParlService implements OParlApi {

    private static final Pattern BODY = Pattern.compile("body/(\\d{5})");
    private static final Pattern BODY_LIST = Pattern.compile("body/(\\d{5})/([a-z-]+)");
    private static final Pattern OBJECT = Pattern.compile("(paper|file|consultation|agenda-item|meeting|organization|person|legislative-term)/([^/]+)");

    @Inject
    PaperRepository papers;

    @Inject
    JobcenterDirectory jobcenters;

    @Inject
    OParlConfig config;

    @Override
    public Reply get(String path, Map<String, String> parameters) {
        String base = config.base();
        if ("system".equals(path)) {
            return system(base);
        }
        if ("bodies".equals(path)) {
            List<OParlCatalog> catalogs = catalogs(base);
            return OParlPages.page(base + path, catalogs.stream().map(c -> new OParlEntry("bodies", c.bodyId(), c.created(), c.modified(), false,
                    c.body())).toList(), parameters);
        }
        Matcher body = BODY.matcher(path);
        if (body.matches()) {
            return catalog(base, body.group(1)).map(c -> new Reply(200, c.body(), c.modified())).orElseGet(() -> notFound(path));
        }
        Matcher list = BODY_LIST.matcher(path);
        if (list.matches()) {
            Optional<OParlCatalog> catalog = catalog(base, list.group(1));
            if (catalog.isEmpty() || !OParlCatalog.LISTS.containsValue(list.group(2))) {
                return notFound(path);
            }
            return OParlPages.page(base + path, catalog.get().list(list.group(2)), parameters);
        }
        if (OBJECT.matcher(path).matches()) {
            String id = base + path;
            for (OParlCatalog catalog : catalogs(base)) {
                Optional<OParlEntry> entry = catalog.find(id);
                if (entry.isPresent()) {
                    return new Reply(200, entry.get().json(), entry.get().modified());
                }
            }
        }
        return notFound(path);
    }

    @Override
    public Optional<ReportingViews.DocumentContent> download(long fileId) {
        return papers.publicFileContent(fileId).flatMap(bytes -> papers.publishingBodies().stream()
                .flatMap(b -> papers.publicFiles(b.getAgencyNumber().value()).stream()).filter(f -> f.documentId() == fileId).findFirst()
                .map(f -> new ReportingViews.DocumentContent(f.fileName(), f.mediaType(), bytes)));
    }

    private Reply system(String base) {
        List<OParlCatalog> catalogs = catalogs(base);
        JsonObjectBuilder system = de.leitstand.kernel.api.Jsons.object().add("id", base + "system").add("type", SCHEMA + "System").add("oparlVersion", SCHEMA)
                .add("body", base + "bodies").add("name", "Leitstand – Vorlagen der Jobcenter").add("license", config.license())
                .add("product", config.productUrl()).add("website", config.publicUrl());
        config.contactEmail().ifPresent(e -> system.add("contactEmail", e));
        config.contactName().ifPresent(n -> system.add("contactName", n));
        Instant modified = catalogs.stream().map(OParlCatalog::modified).max(Comparator.naturalOrder()).orElse(null);
        catalogs.stream().map(OParlCatalog::created).min(Comparator.naturalOrder()).ifPresent(c -> system.add("created", stamp(c)));
        if (modified != null) {
            system.add("modified", stamp(modified));
        }
        return new Reply(200, system.build(), modified);
    }

    private List<OParlCatalog> catalogs(String base) {
        return papers.publishingBodies().stream().map(b -> catalog(base, b)).toList();
    }

    private Optional<OParlCatalog> catalog(String base, String agency) {
        return papers.publishingBodies().stream().filter(b -> b.getAgencyNumber().value().equals(agency)).findFirst().map(b -> catalog(base, b));
    }

    private OParlCatalog catalog(String base, PaperBody body) {
        String agency = body.getAgencyNumber().value();
        return new OParlCatalog(base, body, jobcenters.get(agency), config.license(), papers.publicPapers(agency),
                papers.publicConsultations(agency), papers.publicFiles(agency));
    }

    static Reply notFound(String path) {
        return error(404, "Das Objekt gibt es nicht.", "Unbekannter oder nicht kanonischer Pfad: " + path);
    }

    static Reply error(int status, String message, String debug) {
        return new Reply(status, de.leitstand.kernel.api.Jsons.object().add("type", SCHEMA + "Error").add("message", message).add("debug", debug).build(), null);
    }
}
