/** Programmes' use cases: master data, pacts with their shared visibility, participation and closure. */
package de.leitstand.programmes.application;
