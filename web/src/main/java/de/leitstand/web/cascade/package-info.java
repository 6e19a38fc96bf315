/**
 * Pages of the target agreement cascade (§ 48b SGB II): a Jobcenter's planning round (offer, signature),
 * the supervising level's overview (planning basis, review) and its Zielnachhaltung.
 */
package de.leitstand.web.cascade;
