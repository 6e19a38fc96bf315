/**
 * The start page's work list: each context contributes the items that wait for the logged-in user through a
 * {@link de.leitstand.kernel.api.work.WorkItemSource}; the web module collects every source it finds.
 */
package de.leitstand.kernel.api.work;
