package org.puente.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;

/**
 * The usual {@link AuditWording} of a module: an entry reads as its record's name in the reader's language (linked
 * to the record while it exists), said by the module's message for its stored summary when there is one
 * ({@link AuditPhrases}: {0} the name, {1}… the parts the pattern captured). A record that no longer exists is named
 * by {@link #unnamed} — by default the phrase's first part, else the stored summary (written with the name it had).
 */
public abstract class NamedAuditWording implements AuditWording {

	private final String capability;

	private final AuditNames names;

	private final AuditPhrases phrases;

	protected final MessageSource messages;

	protected NamedAuditWording(String capability, MessageSource messages, AuditNames names, AuditPhrases phrases) {
		this.capability = capability;
		this.messages = messages;
		this.names = names;
		this.phrases = phrases;
	}

	@Override
	public String capability() {
		return capability;
	}

	@Override
	public Map<Long, AuditWords> worded(List<AuditedEntry> entries, Locale locale) {
		AuditNames.Names named = names.names(entries, locale);
		Map<Long, AuditWords> worded = new HashMap<>();
		for (AuditedEntry e : entries) {
			Optional<AuditNames.Named> record = named.of(e);
			Optional<AuditPhrases.Read> read = phrases.read(e);
			String name = record.map(AuditNames.Named::name).orElseGet(() -> unnamed(e, read, locale));
			String link = record.map(AuditNames.Named::link).orElse(null);
			if (read.isPresent()) {
				worded.put(e.id(), AuditWords.of(messages.getMessage(read.get().phrase().key(),
						arguments(name, read.get(), locale).toArray(), locale), link));
			}
			else if (record.isPresent()) {
				worded.put(e.id(), AuditWords.of(name, link));
			}
		}
		return worded;
	}

	@Override
	public Map<Long, AuditWords> named(List<AuditedEntry> entries, Locale locale) {
		AuditNames.Names named = names.names(entries, locale);
		Map<Long, AuditWords> found = new HashMap<>();
		entries.forEach(e -> named.of(e).filter(n -> !n.name().isBlank())
			.ifPresent(n -> found.put(e.id(), AuditWords.of(n.name(), n.link(), n.language()))));
		return found;
	}

	/** The message's arguments: the name, then the parts its pattern captured, in words ({@link AuditPhrases.Phrase#part}). */
	protected List<Object> arguments(String name, AuditPhrases.Read read, Locale locale) {
		List<Object> args = new ArrayList<>();
		args.add(name);
		for (int n = 1; n <= read.parts().size(); n++) {
			args.add(read.phrase().worded(n, read.part(n), locale));
		}
		return args;
	}

	/** How an entry whose record no longer exists names it. */
	protected String unnamed(AuditedEntry entry, Optional<AuditPhrases.Read> read, Locale locale) {
		return read.filter(r -> !r.parts().isEmpty() && !r.part(1).isEmpty()).map(r -> r.part(1))
			.orElse(entry.stored());
	}

	@Override
	public List<AuditMatch> matching(String words, Locale locale) {
		List<AuditMatch> matches = new ArrayList<>(names.matching(words, locale));
		matches.addAll(phrases.matching(words, locale, messages));
		matches.addAll(alsoMatching(words, locale));
		return matches;
	}

	/** What else a search finds among this module's entries: a country's name where they store its code. */
	protected List<AuditMatch> alsoMatching(String words, Locale locale) {
		return List.of();
	}
}
