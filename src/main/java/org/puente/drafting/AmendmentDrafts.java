package org.puente.drafting;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * What a person has typed in an amendment form and not yet proposed, saved as they type. It comes back when they
 * open the form again — after closing the tab, or signing in again after their session ended — and is dropped once
 * the amendment is proposed.
 */
@Component
class AmendmentDrafts {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	AmendmentDrafts(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void keep(String account, UUID paragraphId, AmendmentForm form) {
		Map<String, Object> fields = new java.util.LinkedHashMap<>();
		fields.put("kind", form.kind().name());
		fields.put("original", form.original() == null ? "" : form.original());
		fields.put("replacement", form.replacement() == null ? "" : form.replacement());
		fields.put("reason", form.reason());
		fields.put("proponent", form.proponent());
		jdbc.sql("""
				insert into drafting_amendment_draft (account, paragraph_id, fields, saved_at)
				values (?, ?, cast(? as jsonb), now())
				on conflict (account, paragraph_id) do update set fields = excluded.fields, saved_at = now()""")
			.params(account, paragraphId, json.writeValueAsString(fields))
			.update();
	}

	/** The saved draft over the given form, if there is one; the revision read stays the one of the page. */
	Optional<AmendmentForm> restore(String account, UUID paragraphId, AmendmentForm form) {
		Optional<String> saved = jdbc.sql("select fields::text from drafting_amendment_draft where account = ? and paragraph_id = ?")
			.params(account, paragraphId)
			.query(String.class)
			.optional();
		return saved.map(text -> {
			@SuppressWarnings("unchecked")
			Map<String, String> fields = json.readValue(text, Map.class);
			String proponent = fields.getOrDefault("proponent", "");
			return new AmendmentForm(AmendmentKind.valueOf(fields.getOrDefault("kind", AmendmentKind.REPLACE.name())),
					fields.get("original"), fields.get("replacement"), fields.getOrDefault("reason", ""),
					proponent.isEmpty() ? form.proponent() : proponent, form.seenRevision());
		});
	}

	void drop(String account, UUID paragraphId) {
		jdbc.sql("delete from drafting_amendment_draft where account = ? and paragraph_id = ?")
			.params(account, paragraphId)
			.update();
	}
}
