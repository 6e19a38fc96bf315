/**
 * The kernel's model: Jobcenters (the registry and their editable profile), user accounts with
 * their roles, audit entries, and the password rules. Imports nothing from other layers.
 */
package de.leitstand.kernel.domain;
