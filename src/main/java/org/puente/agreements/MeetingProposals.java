package org.puente.agreements;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.accounts.Accounts;
import org.puente.i18n.DatePrecision;
import org.puente.i18n.TextFolding;
import org.puente.meetings.MeetingStatus;
import org.puente.meetings.MeetingSummary;
import org.puente.meetings.Meetings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Schedule from this agreement": for each event an agreement sets ("una reunión … los días 7 y 8 de septiembre en
 * Bruselas"), the meetings already in the calendar around those days, which it most likely means, and otherwise a new
 * meeting's form filled in with a short title, the place and the dates read from the agreement.
 */
@Component
class MeetingProposals {

	/** Days either side of the agreement's dates in which a calendar meeting may be the one meant. */
	private static final int SLACK_DAYS = 3;

	private static final Pattern MEETING_NOUN = Pattern.compile("(?iu)\\b(reuni[oó]n|reuni[aã]o|r[ée]union|meeting|"
			+ "encuentro|encontro|taller|oficina|atelier|workshop|seminario|semin[aá]rio|s[ée]minaire|seminar|sesi[oó]n|"
			+ "sess[aã]o|session|consulta|consultation|cumbre|c[uú]pula|sommet|summit|foro|f[oó]rum|forum|conferencia|"
			+ "confer[eê]ncia|conf[ée]rence|conference)\\b");

	/** Where the name of a meeting stops: the date, the place, the purpose, the next clause. */
	private static final Pattern TITLE_END = Pattern.compile("(?iu)[,;:.(]|\\s(los|las|el|la|o|os|a|as|le|les|on|in|"
			+ "at|en|em|no|na|du|de|del|dos|das|from|between|entre)\\s+(d[ií]as?|\\d|lunes|martes|mi[eé]rcoles|jueves|"
			+ "viernes|s[aá]bado|domingo|pr[oó]xim|semana|week|mes|month|mois|enero|febrero|marzo|abril|mayo|junio|"
			+ "julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|january|february|march|april|may|june|"
			+ "july|august|september|october|november|december)|\\s(a fin de|con el fin|para|in order to|to discuss|"
			+ "afin de|pour|com o objetivo|a fim de)\\s");

	private final Meetings meetings;

	private final Accounts accounts;

	private final MessageSource messages;

	MeetingProposals(Meetings meetings, Accounts accounts, MessageSource messages) {
		this.meetings = meetings;
		this.accounts = accounts;
		this.messages = messages;
	}

	/** One event of the agreement: the calendar's likely matches and the address of a prefilled new meeting. */
	record Proposal(DateMention date, List<MeetingSummary> existing, String newMeeting) {
	}

	List<Proposal> of(AgreementSummary agreement, Locale locale) {
		List<Proposal> proposals = new ArrayList<>();
		Optional<Meetings.Place> place = place(agreement.text());
		String title = shortTitle(agreement.text());
		for (DateMention date : agreement.dates()) {
			if (date.kind() != DateKind.EVENT) {
				continue;
			}
			List<MeetingSummary> near = meetings
				.between(date.start().minusDays(SLACK_DAYS), date.end().plusDays(SLACK_DAYS), accounts.current())
				.stream()
				.filter(m -> m.status() != MeetingStatus.CANCELLED)
				.filter(m -> m.processes().isEmpty() || m.processes().stream().anyMatch(agreement.processes()::contains))
				.sorted(Comparator.comparingLong((MeetingSummary m) -> distance(m, date))
					.thenComparing(m -> place.map(p -> !p.city().equals(m.city())).orElse(true)))
				.limit(3)
				.toList();
			String agenda = messages.getMessage("agreements.detail.meetingAgenda",
					new Object[] { agreement.number(), agreement.meetingTitle(), agreement.text() }, locale);
			proposals.add(new Proposal(date, near, newMeeting(agreement, date, title, agenda, place)));
		}
		return proposals;
	}

	private static long distance(MeetingSummary m, DateMention date) {
		return Math.abs(m.startDate().toEpochDay() - date.start().toEpochDay())
				+ Math.abs(m.endDate().toEpochDay() - date.end().toEpochDay());
	}

	private static String newMeeting(AgreementSummary a, DateMention date, String title, String agenda,
			Optional<Meetings.Place> place) {
		String precision = switch (date.precision()) {
			case WEEK, MONTH -> date.precision().name();
			default -> DatePrecision.DAY.name();
		};
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/meetings/new")
			.queryParam("titleEs", title)
			.queryParam("startDate", date.start())
			.queryParam("endDate", date.end())
			.queryParam("precision", precision)
			.queryParam("agenda", agenda);
		a.processes().forEach(p -> url.queryParam("processes", p));
		place.ifPresent(p -> {
			url.queryParam("city", p.city());
			if (p.countryIso2() != null) {
				url.queryParam("countryIso2", p.countryIso2());
			}
		});
		return url.encode().build().toUriString();
	}

	/** The place the agreement names, if the calendar has met there before. */
	private Optional<Meetings.Place> place(String text) {
		return placeIn(text, meetings.places());
	}

	/** The longest-named of {@code places} whose city the text names as a word, accents and case aside. */
	static Optional<Meetings.Place> placeIn(String text, java.util.Collection<Meetings.Place> places) {
		String folded = fold(text);
		return places.stream()
			.filter(p -> Pattern.compile("\\b" + Pattern.quote(fold(p.city())) + "\\b").matcher(folded).find())
			.max(Comparator.comparingInt(p -> p.city().length()));
	}

	/**
	 * The meeting's name as the agreement words it, without the verb before it and the dates, place and purpose after
	 * it: "Sostener una reunión previa a la reunión CELAC-UE sobre migraciones, los días 7 y 8…" gives "Reunión
	 * previa a la reunión CELAC-UE sobre migraciones".
	 */
	static String shortTitle(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		Matcher noun = MEETING_NOUN.matcher(flat);
		String rest = noun.find() ? flat.substring(noun.start()) : flat;
		Matcher end = TITLE_END.matcher(rest);
		int cut = end.find() && end.start() > 0 ? end.start() : rest.length();
		String title = rest.substring(0, cut).strip();
		if (title.length() > 90) {
			int space = title.lastIndexOf(' ', 90);
			title = title.substring(0, space > 40 ? space : 90);
		}
		return title.isEmpty() ? flat : Character.toUpperCase(title.charAt(0)) + title.substring(1);
	}

	/**
	 * The project's folding (i18n.TextFolding: lower case, accents off), after composing the text: TextFolding folds
	 * one character at a time, so an accent typed or extracted as a separate mark ("Bogota" + U+0301, as some PDFs
	 * give it) would stay and keep the city's name from matching, where the pass this replaced dropped every mark.
	 */
	static String fold(String s) {
		return TextFolding.fold(Normalizer.normalize(s, Normalizer.Form.NFC));
	}
}
