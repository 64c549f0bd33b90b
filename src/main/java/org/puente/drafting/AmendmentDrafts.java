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
		fields.put("kind", form.getKind().name());
		fields.put("original", form.getOriginal() == null ? "" : form.getOriginal());
		fields.put("replacement", form.getReplacement() == null ? "" : form.getReplacement());
		fields.put("reason", form.getReason());
		fields.put("proponent", form.getProponent());
		jdbc.sql("""
				insert into drafting_amendment_draft (account, paragraph_id, fields, saved_at)
				values (?, ?, cast(? as jsonb), now())
				on conflict (account, paragraph_id) do update set fields = excluded.fields, saved_at = now()""")
			.params(account, paragraphId, json.writeValueAsString(fields))
			.update();
	}

	/** Fills the form with the saved draft, if there is one; the revision read stays the one of the page. */
	boolean restoreInto(String account, UUID paragraphId, AmendmentForm form) {
		Optional<String> saved = jdbc.sql("select fields::text from drafting_amendment_draft where account = ? and paragraph_id = ?")
			.params(account, paragraphId)
			.query(String.class)
			.optional();
		if (saved.isEmpty()) {
			return false;
		}
		@SuppressWarnings("unchecked")
		Map<String, String> fields = json.readValue(saved.get(), Map.class);
		form.setKind(AmendmentKind.valueOf(fields.getOrDefault("kind", AmendmentKind.REPLACE.name())));
		form.setOriginal(fields.get("original"));
		form.setReplacement(fields.get("replacement"));
		form.setReason(fields.getOrDefault("reason", ""));
		if (!fields.getOrDefault("proponent", "").isEmpty()) {
			form.setProponent(fields.get("proponent"));
		}
		return true;
	}

	void drop(String account, UUID paragraphId) {
		jdbc.sql("delete from drafting_amendment_draft where account = ? and paragraph_id = ?")
			.params(account, paragraphId)
			.update();
	}
}
