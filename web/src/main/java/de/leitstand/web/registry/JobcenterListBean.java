package de.leitstand.web.registry;

import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The searchable, pageable Jobcenter registry. */
@Named
@ViewScoped
public class JobcenterListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobcenterDirectory directory;

    private String text;
    private String type;

    private final LazyDataModel<JobcenterView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory().search(text, type, new PageRequest(0, 1)).total();
        }

        @Override
        public List<JobcenterView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
            var page = directory().search(text, type, new PageRequest(first / size, size));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(JobcenterView jobcenter) {
            return jobcenter.agencyNumber();
        }

        @Override
        public JobcenterView getRowData(String rowKey) {
            return directory().find(rowKey).orElse(null);
        }
    };

    private JobcenterDirectory directory() {
        return directory;
    }

    public LazyDataModel<JobcenterView> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
