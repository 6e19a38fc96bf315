/** The start page: the logged-in user's work list, gathered from every context's work item source. */
package de.leitstand.web.start;
