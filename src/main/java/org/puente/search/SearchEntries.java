package org.puente.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door through which a capability keeps its part of the search up to date: it puts an entry when a thing is
 * created or changed and removes it when the thing goes, inside its own transaction, so the entry commits (or not)
 * with the change. This node's index follows at commit; the other nodes' within a second (see {@link IndexFollower}).
 */
@Service
public class SearchEntries {

	@PersistenceContext
	private EntityManager entityManager;

	/** Adds the entry, or replaces the one of the same type and id. */
	@Transactional
	public void put(SearchEntry entry) {
		IndexedEntry row = entityManager.find(IndexedEntry.class, SearchEntry.key(entry.type(), entry.id()));
		if (row == null) {
			entityManager.persist(new IndexedEntry(entry));
		}
		else {
			row.update(entry);
		}
	}

	/** Takes the entry out of every node's index; nothing happens if there is none. */
	@Transactional
	public void remove(String type, String id) {
		IndexedEntry row = entityManager.find(IndexedEntry.class, SearchEntry.key(type, id));
		if (row != null) {
			row.markDeleted();
		}
	}
}
