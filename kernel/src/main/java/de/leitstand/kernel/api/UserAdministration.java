package de.leitstand.kernel.api;

/**
 * User administration: ADMIN only, except {@link #changeOwnPassword}, which every user may call.
 * Every change is in the audit trail.
 */
public interface UserAdministration {

    /**
     * @param text         part of the username or name; {@code null} for all
     * @param agencyNumber only users of this Jobcenter; {@code null} for all
     */
    Page<UserView> search(String text, String agencyNumber, PageRequest page);

    /** @throws NotFoundException {@code USER_NOT_FOUND} */
    UserView get(String username);

    /** @throws ConflictException {@code USERNAME_TAKEN}; ValidationException naming each bad field */
    UserView create(NewUser user);

    /** @throws ConflictException {@code CONCURRENT_MODIFICATION} when the version is stale */
    UserView update(String username, UserChange change);

    /** Sets a new password chosen by the ADMIN; the password rules apply. */
    void resetPassword(String username, String newPassword);

    /**
     * Lifts a lock after repeated wrong passwords (the lifting is audited).
     *
     * @return whether the user was locked
     * @throws NotFoundException {@code USER_NOT_FOUND}
     */
    boolean unlock(String username);

    /** The caller changes their own password after confirming the current one. */
    void changeOwnPassword(String currentPassword, String newPassword);
}
