package de.leitstand.kernel.api.persistence;

/**
 * A {@link TenantScoped} record of the target agreement cascade (§ 48b SGB II) that the supervising level
 * of its Jobcenter writes as well (publishes the planning basis, asks for renegotiation, concludes the
 * agreement): the tenancy guard lets the level that covers the owner insert and change it. Every other
 * record of a Jobcenter stays read-only for the level. Who may do which step is the use case's rule.
 */
public interface SupervisedRecord extends TenantScoped {
}
