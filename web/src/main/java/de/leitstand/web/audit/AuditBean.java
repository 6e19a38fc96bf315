package de.leitstand.web.audit;

import de.leitstand.kernel.api.AuditEntryView;
import de.leitstand.kernel.api.AuditQuery;
import de.leitstand.kernel.api.AuditTrail;
import de.leitstand.kernel.api.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** The filterable audit trail; {@code entityType} and {@code entityId} parameters show one record's history. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    private String agencyNumber;
    private String username;
    private String entityType;
    private String entityId;
    private String action;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditEntryView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) trail.search(query(), new PageRequest(0, 1)).total();
        }

        @Override
        public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
            var page = trail.search(query(), new PageRequest(first / size, size));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AuditEntryView entry) {
            return Long.toString(entry.id());
        }
    };

    private AuditQuery query() {
        return new AuditQuery(agencyNumber, username, entityType, entityId, action, from, to);
    }

    private transient AuditTrail.Facets facets;

    /** @return the kinds of record and the users the filters offer (read once per view) */
    public AuditTrail.Facets getFacets() {
        if (facets == null) {
            facets = trail.facets();
        }
        return facets;
    }

    public LazyDataModel<AuditEntryView> getModel() {
        return model;
    }

    /** @return the entry's time for the German date converter */
    public Date time(AuditEntryView entry) {
        return Date.from(entry.occurredAt());
    }

    public String getAgencyNumber() { return agencyNumber; }
    public void setAgencyNumber(String value) { agencyNumber = value; }
    public String getUsername() { return username; }
    public void setUsername(String value) { username = value; }
    public String getEntityType() { return entityType; }
    public void setEntityType(String value) { entityType = value; }
    public String getEntityId() { return entityId; }
    public void setEntityId(String value) { entityId = value; }
    public String getAction() { return action; }
    public void setAction(String value) { action = value; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate value) { from = value; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate value) { to = value; }
}
