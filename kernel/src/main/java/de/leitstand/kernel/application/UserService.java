package de.leitstand.kernel.application;

import de.leitstand.kernel.api.InputValidation;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.NewUser;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Page;
import de.leitstand.kernel.api.PageRequest;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.SupervisoryLevel;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.UserAdministration;
import de.leitstand.kernel.api.UserChange;
import de.leitstand.kernel.api.UserView;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.ValidationException.FieldError;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.domain.PasswordPolicy;
import de.leitstand.kernel.domain.UserAccount;
import de.leitstand.kernel.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

@ApplicationScoped
public class UserService implements UserAdministration {

    @Inject
    UserRepository users;

    @Inject
    JobcenterDirectory jobcenters;

    @Inject
    PasswordHasher hasher;

    @Inject
    KernelMapper mapper;

    @Inject
    InputValidation validation;

    @Inject
    Caller caller;

    @Inject
    LoginGuard loginGuard;

    @Override
    @RequiresRole(Role.ADMIN)
    public Page<UserView> search(String text, String agencyNumber, PageRequest page) {
        AgencyNumber agency = agencyNumber == null || agencyNumber.isBlank() ? null : AgencyNumber.of(agencyNumber);
        var rows = users.search(text, agency, page.offset(), page.size());
        return new Page<>(rows.stream().map(this::toView).toList(), page.page(), page.size(),
                users.count(text, agency));
    }

    @Override
    @RequiresRole(Role.ADMIN)
    public UserView get(String username) {
        return toView(require(username));
    }

    @Override
    @Transactional
    @RequiresRole(Role.ADMIN)
    public UserView create(NewUser user) {
        validation.check(user, "USER_INVALID");
        SupervisoryLevel level = levelOf(user.level(), user.roles());
        AgencyNumber agency = level != null ? null : jobcenterOf(user.agencyNumber(), user.roles());
        checkLevel(user.agencyNumber(), user.roles(), level);
        checkPassword(user.username(), user.password());
        if (users.find(user.username()).isPresent()) {
            throw new ConflictException("USERNAME_TAKEN",
                    Text.of("kernel.USERNAME_TAKEN", user.username()));
        }
        UserAccount account = new UserAccount(user.username(), user.displayName().trim(), agency, user.roles(), level,
                hasher.hash(user.password().toCharArray()));
        users.add(account);
        users.flush();
        return toView(account);
    }

    @Override
    @Transactional
    @RequiresRole(Role.ADMIN)
    public UserView update(String username, UserChange change) {
        validation.check(change, "USER_INVALID");
        UserAccount account = require(username);
        if (account.getVersion() != change.version()) {
            throw ConflictException.concurrentModification();
        }
        SupervisoryLevel level = levelOf(change.level(), change.roles());
        AgencyNumber agency = level != null ? null : jobcenterOf(change.agencyNumber(), change.roles());
        checkLevel(change.agencyNumber(), change.roles(), level);
        if (username.equals(caller.username()) && (!change.enabled() || !change.roles().contains(Role.ADMIN))) {
            throw new ValidationException("USER_SELF_LOCKOUT", "roles",
                    Text.of("kernel.USER_SELF_LOCKOUT"));
        }
        boolean accessChanges = account.isEnabled() != change.enabled() || !account.getRoles().equals(change.roles())
                || !java.util.Objects.equals(account.getAgencyNumber(), agency)
                || !java.util.Objects.equals(account.getLevel(), level);
        account.rename(change.displayName().trim());
        account.assign(agency, change.roles(), level);
        if (change.enabled()) {
            account.enable();
        } else {
            account.disable();
        }
        if (accessChanges) {
            account.endSessions();
        }
        users.flush();
        return toView(account);
    }

    @Override
    @Transactional
    @RequiresRole(Role.ADMIN)
    public void resetPassword(String username, String newPassword) {
        UserAccount account = require(username);
        checkPassword(username, newPassword);
        account.changePasswordHash(hasher.hash(newPassword.toCharArray()));
        account.endSessions();
    }

    @Override
    @Transactional
    @RequiresRole(Role.ADMIN)
    public boolean unlock(String username) {
        require(username);
        return loginGuard.unlock(username, caller.username());
    }

    @Override
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = require(caller.username());
        if (currentPassword == null || !hasher.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
            throw new ValidationException("PASSWORD_WRONG", "currentPassword",
                    Text.of("kernel.PASSWORD_WRONG"));
        }
        checkPassword(account.getUsername(), newPassword);
        account.changePasswordHash(hasher.hash(newPassword.toCharArray()));
    }

    /** @return the level of a REGIONALDIREKTION or LAND user; {@code null} for everyone else */
    private static SupervisoryLevel levelOf(String level, Set<Role> roles) {
        if (!roles.contains(Role.REGIONALDIREKTION) && !roles.contains(Role.LAND)) {
            if (level != null && !level.isBlank()) {
                throw new ValidationException("USER_LEVEL_UNEXPECTED", "level",
                        Text.of("kernel.USER_LEVEL_UNEXPECTED"));
            }
            return null;
        }
        SupervisoryLevel parsed = SupervisoryLevel.parse(level);
        if (parsed == null) {
            throw new ValidationException("USER_LEVEL_REQUIRED", "level",
                    Text.of("kernel.USER_LEVEL_REQUIRED"));
        }
        return parsed;
    }

    private static void checkLevel(String agencyNumber, Set<Role> roles, SupervisoryLevel level) {
        if (level == null) {
            return;
        }
        if (agencyNumber != null && !agencyNumber.isBlank()) {
            throw new ValidationException("USER_LEVEL_WITH_JOBCENTER", "agencyNumber",
                    Text.of("kernel.USER_LEVEL_WITH_JOBCENTER"));
        }
        if (UserAccount.levelProblem(null, roles, level) != null) {
            throw new ValidationException("USER_LEVEL_ROLES", "roles", Text.of("kernel.USER_LEVEL_ROLES"));
        }
    }

    private AgencyNumber jobcenterOf(String agencyNumber, Set<Role> roles) {
        if (agencyNumber == null || agencyNumber.isBlank()) {
            if (!roles.contains(Role.ADMIN)) {
                throw new ValidationException("USER_JOBCENTER_REQUIRED", "agencyNumber",
                        Text.of("kernel.USER_JOBCENTER_REQUIRED"));
            }
            return null;
        }
        if (jobcenters.find(agencyNumber.trim()).isEmpty()) {
            throw new ValidationException("JOBCENTER_NOT_FOUND", "agencyNumber",
                    Text.of("kernel.JOBCENTER_NOT_FOUND", agencyNumber));
        }
        return AgencyNumber.of(agencyNumber);
    }

    private static void checkPassword(String username, String password) {
        List<Text> problems = PasswordPolicy.check(username, password);
        if (!problems.isEmpty()) {
            throw new ValidationException("PASSWORD_WEAK",
                    problems.stream().map(message -> new FieldError("password", message)).toList());
        }
    }

    private UserAccount require(String username) {
        return users.find(username).orElseThrow(() -> new NotFoundException("USER_NOT_FOUND",
                Text.of("kernel.USER_NOT_FOUND", username)));
    }

    private UserView toView(UserAccount account) {
        String jobcenterName = account.getAgencyNumber() == null ? null
                : jobcenters.find(account.getAgencyNumber().value()).map(JobcenterView::name).orElse(null);
        return mapper.toView(account, jobcenterName);
    }
}
