package de.leitstand.reporting.application;

import jakarta.json.JsonObject;

import java.time.Instant;

/**
 * One OParl object with what lists filter and sort by.
 *
 * @param list     the body's list it belongs to, e.g. {@code papers}
 * @param id       its URL
 * @param created  when it was first published
 * @param modified when it last changed (for a deleted object: when it was deleted)
 * @param deleted  whether it has been withdrawn; then {@code json} holds only id, type, created, modified and deleted
 */
record OParlEntry(String list, String id, Instant created, Instant modified, boolean deleted, JsonObject json) {
}
