package de.leitstand.kernel.api;

/**
 * The caller is logged in but may not do this (HTTP 403): a role is missing
 * ({@code ROLE_MISSING}) or the data belongs to another Jobcenter ({@code TENANT_FORBIDDEN}).
 */
public class AccessDeniedException extends LeitstandException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String code, Text text) {
        super(code, 403, text);
    }

    public static AccessDeniedException otherJobcenter() {
        return new AccessDeniedException("TENANT_FORBIDDEN",
                Text.of("kernel.TENANT_FORBIDDEN"));
    }
}
