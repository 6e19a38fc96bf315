package de.leitstand.web.admin;

import de.leitstand.kernel.api.NewUser;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.UserChange;
import de.leitstand.kernel.api.UserView;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The user form as a JavaBean (EL cannot write records). */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private String agencyNumber;
    private String level;
    private List<Role> roles = new ArrayList<>();
    private boolean enabled = true;
    private String password;
    private long version;
    private long id;

    static UserForm of(UserView user) {
        UserForm form = new UserForm();
        form.id = user.id();
        form.username = user.username();
        form.displayName = user.displayName();
        form.agencyNumber = user.agencyNumber();
        form.level = user.level();
        form.roles = new ArrayList<>(user.roles());
        form.enabled = user.enabled();
        form.version = user.version();
        return form;
    }

    NewUser toNewUser() {
        return new NewUser(username == null ? null : username.trim(), displayName, agencyNumber, roleSet(), password, level);
    }

    UserChange toChange() {
        return new UserChange(displayName, agencyNumber, roleSet(), enabled, version, level);
    }

    private EnumSet<Role> roleSet() {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getUsername() { return username; }
    public void setUsername(String value) { username = value; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String value) { displayName = value; }
    public String getAgencyNumber() { return agencyNumber; }
    public void setAgencyNumber(String value) { agencyNumber = value; }
    public String getLevel() { return level; }
    public void setLevel(String value) { level = value == null || value.isBlank() ? null : value; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> value) { roles = value; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean value) { enabled = value; }
    public String getPassword() { return password; }
    public void setPassword(String value) { password = value; }
    public long getVersion() { return version; }
    public long getId() { return id; }
}
