package org.puente.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * A module's wording of its own audit entries in the reader's language, applied when the audit page is read: the
 * stored summary stays as written ("PA draft", "expert 079b8f09-…"), and the module that wrote it says it in words
 * (the country's localized name, the expert's name). The audit module knows no module; each module that phrases its
 * entries registers one bean.
 */
public interface AuditWording {

	/** The entry's summary in {@code locale}, or empty when this module does not phrase this entry. */
	Optional<String> summary(AuditedEntity entity, String entityId, String stored, Locale locale);
}
