package de.leitstand.web.registry;

import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterProfileChange;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Text;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** One Jobcenter: registry data for everyone, the profile editable by its Geschäftsführung or an ADMIN. */
@Named
@ViewScoped
public class JobcenterBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobcenterDirectory directory;


    private String agencyNumber;
    private JobcenterView jobcenter;
    private ProfileForm form;
    private JobcenterDirectory.JobcenterRights rights;

    /** View action: loads the Jobcenter named by the {@code nr} parameter. */
    public void load() {
        jobcenter = directory.find(agencyNumber).orElseThrow(() -> new NotFoundException("JOBCENTER_NOT_FOUND",
                Text.of("kernel.JOBCENTER_NOT_FOUND", agencyNumber)));
        form = ProfileForm.of(jobcenter);
        rights = directory.rights(jobcenter.agencyNumber());
    }

    /** @return whether the caller edits the profile, as the registry says (roles of its use case, own Jobcenter) */
    public boolean isEditable() {
        return jobcenter != null && rights.editProfile();
    }

    /** @return what the caller may do with this Jobcenter's entry */
    JobcenterDirectory.JobcenterRights rights() {
        return rights;
    }

    public void save() {
        boolean saved = UiErrors.attempt(() -> jobcenter = directory.updateProfile(agencyNumber, form.toChange()));
        if (saved) {
            form = ProfileForm.of(jobcenter);
            UiTexts.info("notice.jobcenter.stammdatenGespeichert");
        }
    }

    /** After a change made elsewhere on the page (the placement). */
    void replace(JobcenterView changed) {
        jobcenter = changed;
        form = ProfileForm.of(changed);
    }

    public String getAgencyNumber() {
        return agencyNumber;
    }

    public void setAgencyNumber(String agencyNumber) {
        this.agencyNumber = agencyNumber;
    }

    public JobcenterView getJobcenter() {
        return jobcenter;
    }

    public ProfileForm getForm() {
        return form;
    }

    /** The editable profile as a JavaBean for the form (EL cannot write records). */
    public static class ProfileForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String managingDirector;
        private String street;
        private String postalCode;
        private String city;
        private String email;
        private String phone;
        private String website;
        private long version;

        static ProfileForm of(JobcenterView view) {
            ProfileForm form = new ProfileForm();
            form.managingDirector = view.managingDirector();
            form.street = view.street();
            form.postalCode = view.postalCode();
            form.city = view.city();
            form.email = view.email();
            form.phone = view.phone();
            form.website = view.website();
            form.version = view.version();
            return form;
        }

        JobcenterProfileChange toChange() {
            return new JobcenterProfileChange(managingDirector, street, postalCode, city, email, phone, website, version);
        }

        public String getManagingDirector() { return managingDirector; }
        public void setManagingDirector(String value) { managingDirector = value; }
        public String getStreet() { return street; }
        public void setStreet(String value) { street = value; }
        public String getPostalCode() { return postalCode; }
        public void setPostalCode(String value) { postalCode = value; }
        public String getCity() { return city; }
        public void setCity(String value) { city = value; }
        public String getEmail() { return email; }
        public void setEmail(String value) { email = value; }
        public String getPhone() { return phone; }
        public void setPhone(String value) { phone = value; }
        public String getWebsite() { return website; }
        public void setWebsite(String value) { website = value; }
        public long getVersion() { return version; }
    }
}
