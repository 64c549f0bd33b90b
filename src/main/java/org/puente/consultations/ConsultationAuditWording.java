package org.puente.consultations;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.audit.AuditWording;
import org.puente.audit.AuditedEntity;
import org.puente.directory.Countries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The consultations' audit entries in the reader's language: "PA draft", "PA file informe.pdf", "PA submitted late"
 * (as {@link Answering} stores them) read "Panamá: borrador guardado"… with the country's localized name.
 */
@Component
class ConsultationAuditWording implements AuditWording {

	private static final Pattern STORED = Pattern.compile("([A-Z]{2}) (draft|submitted late|submitted|file (.+))",
			Pattern.DOTALL);

	private final MessageSource messages;

	ConsultationAuditWording(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Optional<String> summary(AuditedEntity entity, String entityId, String stored, Locale locale) {
		Matcher m = STORED.matcher(stored);
		if ((entity != AuditedEntity.ANSWER && entity != AuditedEntity.RESPONSE) || !m.matches()) {
			return Optional.empty();
		}
		String country = Countries.nameOf(m.group(1), locale);
		String kind = m.group(3) != null ? "file" : m.group(2).replace(' ', '.');
		return Optional.of(messages.getMessage("consultations.audit." + kind,
				new Object[] { country, m.group(3) }, locale));
	}
}
