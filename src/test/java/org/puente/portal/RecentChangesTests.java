package org.puente.portal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;
import org.puente.audit.AuditedEntity;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What changed recently" lists each thing changed once, with a link to it, and does not present the demo data loaded
 * at start-up as today's news.
 */
@PuenteTest
class RecentChangesTests {

	@Autowired
	RecentChanges changes;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void listsEachChangedThingOnceAsALinkAndLeavesTheDemoLoadOut() {
		String id = java.util.UUID.randomUUID().toString();
		transactions.executeWithoutResult(tx -> {
			events.publishEvent(new Changed(AuditedChange.created(AuditedEntity.MEETING, id,
					"Reunión de prueba de los cambios").after(java.util.Map.of("a", 1)).inPublic(true)));
			events.publishEvent(new Changed(AuditedChange.updated(AuditedEntity.MEETING, id,
					"Reunión de prueba de los cambios")
				.before(java.util.Map.of("a", 1))
				.after(java.util.Map.of("a", 2))
				.inPublic(true)));
		});
		List<RecentChanges.Change> latest = changes.latest(10, java.util.Locale.forLanguageTag("es"));
		assertThat(latest).filteredOn(c -> c.summary().equals("Reunión de prueba de los cambios")).singleElement()
			.satisfies(c -> {
				assertThat(c.action()).isEqualTo(AuditAction.UPDATE);
				assertThat(c.href()).isEqualTo("/meetings/" + id);
			});
		assertThat(latest).extracting(c -> c.action() + c.summary()).doesNotHaveDuplicates();
		// the demo calendar of 2017 was loaded at start-up: history, not news
		assertThat(latest).extracting(RecentChanges.Change::summary)
			.doesNotContain("Reunión CRM–CSM en Washington D.C. (firma del Acta)");
	}

	/** A meeting's change, as the meetings module would announce it. */
	record Changed(AuditedChange audited) implements AuditableEvent {
	}
}
