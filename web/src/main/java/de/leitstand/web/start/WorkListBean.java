package de.leitstand.web.start;

import de.leitstand.kernel.api.LeitstandException;
import de.leitstand.kernel.api.work.WorkItem;
import de.leitstand.kernel.api.work.WorkItemSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The start page's work list: what waits for the user, from every {@link WorkItemSource} the contexts
 * publish, by kind and due date, each with the sentence in the user's language and the place to act.
 * A source that refuses (a role it does not serve) contributes nothing; the others still show.
 */
@Named
@RequestScoped
public class WorkListBean {

    private static final Logger LOG = Logger.getLogger(WorkListBean.class.getName());

    @Inject
    @Any
    Instance<WorkItemSource> sources;

    private List<Row> rows;

    /** One line of the work list, ready to show. */
    public record Row(String kind, String kindLabel, String text, String due, boolean overdue, String link) implements java.io.Serializable {
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = collect();
        }
        return rows;
    }

    private List<Row> collect() {
        List<WorkItem> items = new ArrayList<>();
        for (WorkItemSource source : sources) {
            try {
                items.addAll(source.items());
            } catch (LeitstandException refused) {
                LOG.log(Level.FINE, "work item source refused", refused);
            }
        }
        items.sort(Comparator.comparing(WorkItem::kind)
                .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        LocalDate today = LocalDate.now();
        return items.stream().map(item -> new Row(item.kind().name(), bundle.getString("work.kind." + item.kind().name()),
                new MessageFormat(bundle.getString(item.messageKey()), locale).format(item.arguments().toArray()),
                item.due() == null ? null : date.format(item.due()),
                item.due() != null && item.due().isBefore(today), item.link())).toList();
    }
}
