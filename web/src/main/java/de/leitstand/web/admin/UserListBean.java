package de.leitstand.web.admin;

import de.leitstand.kernel.api.PageRequest;
import de.leitstand.kernel.api.UserAdministration;
import de.leitstand.kernel.api.UserView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The user list of the administration. */
@Named
@ViewScoped
public class UserListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration users;

    private String text;
    private String agencyNumber;

    private final LazyDataModel<UserView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) users.search(text, agencyNumber, new PageRequest(0, 1)).total();
        }

        @Override
        public List<UserView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
            var page = users.search(text, agencyNumber, new PageRequest(first / size, size));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(UserView user) {
            return user.username();
        }
    };

    public LazyDataModel<UserView> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAgencyNumber() {
        return agencyNumber;
    }

    public void setAgencyNumber(String agencyNumber) {
        this.agencyNumber = agencyNumber;
    }
}
