/**
 * Programmes' published face: funding programmes, organisations, employment pacts (shared with their
 * members), participation per member and year, and the closure summary that reporting turns into a
 * committee paper.
 */
package de.leitstand.programmes.api;
