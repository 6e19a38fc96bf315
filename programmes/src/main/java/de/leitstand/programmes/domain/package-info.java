/**
 * The programmes model: funding programmes with phases and reporting obligations, employment pacts
 * with memberships, partners and a dated history, each member's participation per year, and closures.
 */
package de.leitstand.programmes.domain;
