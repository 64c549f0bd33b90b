package org.puente.agreements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.puente.directory.Gazetteer;
import org.puente.directory.GazetteerAliases;
import org.puente.directory.GazetteerMatch;
import org.puente.i18n.TextFolding;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Doubtful readings of a proposed agreement, each with the reason the reviewer is shown: nobody responsible, a
 * party that only receives what others send ("… enviadas al Secretariado de Naciones Unidas"), a body that meets but
 * cannot act by itself (the plenary), a deadline said in words that no date was read from, or a date the reader
 * itself warns about. Flags are worked out again at every display, so a correction makes its flag go away.
 */
@Component
class ReviewFlags {

	/** One flag: the message key saying why, the party or words it is about, and a detail ("" when none). */
	record Flag(String reason, String subject, String detail) {

		Flag(String reason) {
			this(reason, "", "");
		}

		Flag(String reason, String subject) {
			this(reason, subject, "");
		}
	}

	/** Kinds of directory entities that meet and decide but are never the ones who carry out an agreement. */
	private static final Set<String> CANNOT_ACT = Set.of("plenary");

	/** Words just before a name that make it the receiver ("al", "ante", "to the", "aux", "à"…), on folded text. */
	private static final Pattern RECIPIENT_BEFORE = Pattern.compile(
			"(?:\\b(?:al|a la|a los|a las|ante|para el|para la|dirigid[oa]s? a|to|to the|with the|au|aux|a|ao|aos|junto a)|\\bà)\\s*$");

	/**
	 * Words that promise a deadline ("a más tardar", "antes del", "by", "até", "d'ici"…), on folded text; a weekday
	 * after "by", "para el", "até", "pour" too ("by Friday", "para el viernes": walk of 5 December #7).
	 */
	private static final Pattern DEADLINE_WORDS = Pattern.compile(
			"\\b(?:a mas tardar|antes del?|plazo|fecha limite|hasta el|by (?:the )?(?:end|next)|deadline|no later than|until|"
					+ "ate (?:o|a)|prazo|data limite|d'ici|avant le|au plus tard|date limite|"
					+ "by (?:mon|tues|wednes|thurs|fri|satur|sun)days?|"
					+ "para el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|"
					+ "ate (?:segunda|terca|quarta|quinta|sexta|sabado|domingo)|"
					+ "pour (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\\b");

	private final GazetteerAliases aliases;

	private final MessageSource messages;

	ReviewFlags(GazetteerAliases aliases, MessageSource messages) {
		this.aliases = aliases;
		this.messages = messages;
	}

	List<Flag> of(ReviewItem item, Locale locale) {
		List<Flag> flags = new ArrayList<>();
		Gazetteer gazetteer = aliases.gazetteer();
		if (item.responsible().isEmpty()) {
			flags.add(new Flag("agreements.review.flag.noResponsible"));
		}
		String folded = TextFolding.fold(item.text());
		List<GazetteerMatch> named = gazetteer.find(item.text());
		for (PartyReference party : item.responsible()) {
			boolean cannotAct = gazetteer.entity(party.id()).map(e -> CANNOT_ACT.contains(e.kind())).orElse(false);
			if (cannotAct) {
				flags.add(new Flag("agreements.review.flag.cannotAct", gazetteer.label(party.id(), locale)));
			}
			else if (onlyReceives(party.id(), named, folded)) {
				flags.add(new Flag("agreements.review.flag.recipient", gazetteer.label(party.id(), locale)));
			}
		}
		if (item.dates().isEmpty() && DEADLINE_WORDS.matcher(folded).find()) {
			flags.add(new Flag("agreements.review.flag.undated"));
		}
		for (DateMention date : item.dates()) {
			if (date.warning() != null) {
				flags.add(new Flag(dateWarningReason(date.warning(), locale), date.expression()));
			}
		}
		return flags;
	}

	/**
	 * The message explaining a date reader's warning ("date.weekday-only" → "…flag.date.weekday-only"), so the
	 * reviewer reads why in their language and never the code. The bundles are the one list of explained warnings:
	 * one they do not know yet gets the general "check the date" message.
	 */
	private String dateWarningReason(String warning, Locale locale) {
		String reason = "agreements.review.flag." + warning;
		return messages.getMessage(reason, null, null, locale) != null ? reason : "agreements.review.flag.dateWarning";
	}

	/** Whether every mention of the party in the text comes right after a word that makes it the receiver. */
	private static boolean onlyReceives(String id, List<GazetteerMatch> named, String folded) {
		List<GazetteerMatch> mentions = named.stream().filter(m -> m.entityIds().contains(id)).toList();
		return !mentions.isEmpty() && mentions.stream()
			.allMatch(m -> RECIPIENT_BEFORE.matcher(folded.substring(Math.max(0, m.start() - 20), m.start())).find());
	}
}
