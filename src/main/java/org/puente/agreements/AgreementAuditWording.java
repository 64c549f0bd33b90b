package org.puente.agreements;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.puente.audit.AuditNames;
import org.puente.audit.AuditPhrases;
import org.puente.audit.AuditWords;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedEntry;
import org.puente.audit.NamedAuditWording;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.puente.audit.AuditNames.branch;
import static org.puente.audit.AuditPhrases.phrase;

/**
 * The agreements' audit entries in the reader's language: "Corrected item 3", "Follows agreement 4" read
 * "Reunión del 8 de junio: acuerdo 3 corregido", "4. Fortalecer…: seguimiento activado", the review or agreement
 * linked to its page.
 */
@Component
class AgreementAuditWording extends NamedAuditWording {

	private static final String AGREEMENT = "a.number || '. ' || case when length(a.text) > 80 "
			+ "then left(a.text, 79) || '…' else a.text end";

	private final ReviewRepository reviews;

	/** Read when asked: the calendar's door leads back, through the meetings' history, to the audit's wordings. */
	private final ObjectProvider<MeetingTitleShown> titles;

	AgreementAuditWording(EntityManager entities, MessageSource messages, ReviewRepository reviews,
			ObjectProvider<MeetingTitleShown> titles) {
		super("agreements", messages, new AuditNames(entities,
				branch(AuditedEntity.AGREEMENT, "agreement a", "a.id", AGREEMENT, "/agreements/items/%s", "a.id"),
				branch(AuditedEntity.AGREEMENT_FOLLOWER, "agreement a", "a.id", AGREEMENT, "/agreements/items/%s",
						"a.id"),
				branch(AuditedEntity.AGREEMENT_REVIEW, "agreement_review r", "r.id", "r.meeting_title",
						"/agreements/reviews/%s", "r.id")),
				new AuditPhrases(
						phrase(AuditedEntity.AGREEMENT_FOLLOWER, "Follows agreement (.+)", "agreements.audit.follows"),
						phrase(AuditedEntity.AGREEMENT_FOLLOWER, "Stops following agreement (.+)",
								"agreements.audit.unfollows"),
						review("Minutes (.+) uploaded for review \\(([0-9]+) proposed agreements\\)", "uploaded"),
						review("Review of (.+) discarded", "discarded"),
						review("Minutes under review replaced by a new version", "replaced"),
						review("Added suggested item (.+)", "addedSuggested"),
						review("Added typed item (.+)", "addedTyped"),
						review("Corrected item (.+)", "corrected"), review("Merged item (.+) with the next", "merged"),
						review("Split item (.+)", "split"), review("Deleted item (.+)", "removed")));
		this.reviews = reviews;
		this.titles = titles;
	}

	/** Minutes are named by their meeting as the calendar names it in the reader's language (walk 13 #14). */
	@Override
	public Map<Long, AuditWords> named(List<AuditedEntry> entries, Locale locale) {
		Map<Long, AuditWords> named = new HashMap<>(super.named(entries, locale));
		Map<UUID, List<Long>> minutes = new HashMap<>();
		entries.stream().filter(e -> e.entity() == AuditedEntity.AGREEMENT_REVIEW && named.containsKey(e.id()))
			.forEach(e -> minutes.computeIfAbsent(UUID.fromString(e.entityId()), k -> new java.util.ArrayList<>())
				.add(e.id()));
		if (minutes.isEmpty()) {
			return named;
		}
		List<Review> found = reviews.findAllById(minutes.keySet());
		var shown = titles.getObject().forAll(found.stream().map(Review::meeting).toList(), locale);
		found.forEach(r -> minutes.get(r.getId()).forEach(entry -> named.put(entry,
				AuditWords.of(shown.apply(r.meeting()).title(), named.get(entry).link(),
						shown.apply(r.meeting()).language()))));
		return named;
	}

	/** A review's stored summary, said by {@code agreements.audit.<key>}. */
	private static AuditPhrases.Phrase review(String stored, String key) {
		return phrase(AuditedEntity.AGREEMENT_REVIEW, stored, "agreements.audit." + key);
	}
}
