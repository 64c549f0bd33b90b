package org.puente.audit;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.glossary.Glossary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The modules publish past-tense events and the audit trail writes each one's entry in the publisher's transaction:
 * the entry exists exactly when the change does.
 */
@PuenteTest
class AuditFromEventsTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Glossary glossary;

	@Test
	void anEventWritesItsEntryInsideThePublishersTransaction() {
		String id = UUID.randomUUID().toString();
		transactions.executeWithoutResult(tx -> {
			events.publishEvent(new Changed(AuditedChange.updated(AuditedEntity.MEETING, id, "Reunión auditada")
				.before(Map.of("venue", "Lima")).after(Map.of("venue", "Quito")).inPublic(true)));
			// not committed yet: only this transaction can see the entry
			assertThat(entries(id)).isEqualTo(1);
			assertThat(tx.isNewTransaction()).isTrue();
		});
		assertThat(jdbc.queryForMap("""
				select action, capability, entity_type, summary, before_state::text as b, after_state::text as a,
				       public_entry
				from audit_entry where entity_id = ?""", id))
			.containsEntry("action", "UPDATE")
			.containsEntry("capability", "meetings")
			.containsEntry("entity_type", "meeting")
			.containsEntry("summary", "Reunión auditada")
			.containsEntry("b", "{\"venue\": \"Lima\"}")
			.containsEntry("a", "{\"venue\": \"Quito\"}")
			.containsEntry("public_entry", true);
	}

	@Test
	void aChangeRolledBackLeavesNoEntry() {
		String id = UUID.randomUUID().toString();
		transactions.executeWithoutResult(tx -> {
			events.publishEvent(new Changed(AuditedChange.created(AuditedEntity.TERM, id, "término deshecho")));
			tx.setRollbackOnly();
		});
		assertThat(entries(id)).isZero();
	}

	@Test
	void anEntryThatCannotBeWrittenRollsTheChangeBack() {
		String label = "término sin auditoría " + UUID.randomUUID();
		String id = UUID.randomUUID().toString();
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			glossary.termFor(label, "es"); // a change, and its own entry
			events.publishEvent(new Changed(AuditedChange.created(AuditedEntity.TERM, id, "no se puede escribir")
				.after(new Unwritable())));
		})).hasRootCauseMessage("the audit trail cannot write this");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where summary = ?", Integer.class, label))
			.isZero();
		assertThat(glossary.terms()).noneMatch(t -> t.label(java.util.Locale.forLanguageTag("es")).equals(label));
		assertThat(entries(id)).isZero();
	}

	@Test
	void anEventOutsideATransactionIsRefused() {
		String id = UUID.randomUUID().toString();
		assertThatThrownBy(() -> events.publishEvent(new Changed(AuditedChange.created(AuditedEntity.TERM, id,
				"sin transacción")))).isInstanceOf(IllegalTransactionStateException.class);
		assertThat(entries(id)).isZero();
	}

	@Test
	void aModulesEventWritesTheEntryOfItsChange() {
		String label = "término por evento " + UUID.randomUUID();
		UUID termId = glossary.termFor(label, "es");
		assertThat(jdbc.queryForMap("select action, entity_type, summary, public_entry from audit_entry "
				+ "where entity_id = ?", termId.toString()))
			.containsEntry("action", "CREATE")
			.containsEntry("entity_type", "term")
			.containsEntry("summary", label)
			.containsEntry("public_entry", true);
	}

	private int entries(String id) {
		return jdbc.queryForObject("select count(*) from audit_entry where entity_id = ?", Integer.class, id);
	}

	/** Some module's change, as its event would announce it. */
	record Changed(AuditedChange audited) implements AuditableEvent {
	}

	/** A state that cannot be turned into JSON. */
	static final class Unwritable {

		public String getValue() {
			throw new IllegalStateException("the audit trail cannot write this");
		}
	}
}
