package de.leitstand.kernel.api;

/**
 * The caller is logged in but may not do this (HTTP 403): a role is missing
 * ({@code ROLE_MISSING}) or the data belongs to another Jobcenter ({@code TENANT_FORBIDDEN}).
 */
public class AccessDeniedException extends LeitstandException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String code, String message) {
        super(code, 403, message);
    }

    public static AccessDeniedException otherJobcenter() {
        return new AccessDeniedException("TENANT_FORBIDDEN",
                "Diese Daten gehören zu einem anderen Jobcenter.");
    }
}
