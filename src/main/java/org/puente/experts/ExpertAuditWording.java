package org.puente.experts;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.audit.AuditWording;
import org.puente.audit.AuditedEntity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The roster's audit entries in the reader's language: "expert 079b8f09-… exported" (as {@link Roster} stores it)
 * reads "Ana Pérez: datos exportados". The name is looked up when the page is read, so an erased expert's name
 * appears nowhere: the entry says "an erased expert".
 */
@Component
class ExpertAuditWording implements AuditWording {

	private static final Pattern STORED = Pattern.compile("expert ([0-9a-f-]{36})(?: (exported|erased))?");

	private final ExpertRepository experts;

	private final MessageSource messages;

	ExpertAuditWording(ExpertRepository experts, MessageSource messages) {
		this.experts = experts;
		this.messages = messages;
	}

	@Override
	public Optional<String> summary(AuditedEntity entity, String entityId, String stored, Locale locale) {
		Matcher m = STORED.matcher(stored);
		if (entity != AuditedEntity.EXPERT || !m.matches()) {
			return Optional.empty();
		}
		String name = experts.findById(UUID.fromString(m.group(1)))
			.map(Expert::getFullName)
			.orElseGet(() -> messages.getMessage("experts.audit.erasedExpert", null, locale));
		String kind = m.group(2) == null ? "saved" : m.group(2);
		return Optional.of(messages.getMessage("experts.audit." + kind, new Object[] { name }, locale));
	}
}
