package org.puente.experts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.directory.Conference;
import org.puente.directory.Countries;
import org.puente.i18n.DateFormats;
import org.puente.i18n.Deadline;
import org.puente.i18n.Language;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.refusal.SeenVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.puente.seeds.SeedFiles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint letter to the UN Secretariat, on behalf of both conferences and signed by both pro tempore
 * presidencies: the wording comes from a template in the database (Spanish and English) that a secretariat edits,
 * with placeholders Puente fills in; the list of agreed experts goes where {@code {{list}}} stands.
 */
@Service
public class JointLetter implements ApplicationRunner {

	static final List<String> LANGUAGES = List.of(Language.ES.code(), Language.EN.code());

	static final Set<String> PLACEHOLDERS = Set.of("place_date", "round", "sessions", "quota", "deadline", "list",
			"ppt_crm", "ppt_csm");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

	private static final int TEMPLATE_MAX = 20_000;

	private final ExpertLetterTemplateRepository templates;

	private final Nominations nominations;

	private final ExpertReference areas;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	JointLetter(ExpertLetterTemplateRepository templates, Nominations nominations, ExpertReference areas,
			MessageSource messages, ApplicationEventPublisher events) {
		this.templates = templates;
		this.nominations = nominations;
		this.areas = areas;
		this.messages = messages;
		this.events = events;
	}

	/** Ships the default wording the first time; a secretariat's edits are never overwritten. */
	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (String lang : LANGUAGES) {
			if (!templates.existsById(lang)) {
				templates.save(new LetterTemplate(lang, SeedFiles.text("experts/letter_" + lang + ".txt").strip(), "puente"));
			}
		}
	}

	/** A template as its editing form shows it. */
	public record Template(String lang, String body, String updatedBy, java.time.Instant updatedAt, long version) {
	}

	@Transactional(readOnly = true)
	public List<Template> templates() {
		return LANGUAGES.stream().map(this::template).toList();
	}

	@Transactional(readOnly = true)
	public Template template(String lang) {
		LetterTemplate t = templates.findById(requireLanguage(lang))
			.orElseThrow(() -> new RefusedException(RefusalKind.NOT_FOUND, "experts.letter.language"));
		return new Template(t.getLang(), t.getBody(), t.getUpdatedBy(), t.getUpdatedAt(), t.getVersion());
	}

	@Transactional
	public void saveTemplate(String lang, String body, long expectedVersion, AccountSummary actor) {
		if (!ExpertPolicy.isSecretariat(actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "experts.forbidden.secretariat");
		}
		LetterTemplate t = templates.findById(requireLanguage(lang))
			.orElseThrow(() -> new RefusedException(RefusalKind.NOT_FOUND, "experts.letter.language"));
		SeenVersion.require(expectedVersion, t.getVersion(), LetterTemplate.class, lang);
		String text = body.replace("\r\n", "\n").strip();
		if (text.isEmpty() || text.length() > TEMPLATE_MAX) {
			throw new RefusedException(RefusalKind.INVALID, "experts.template.length", TEMPLATE_MAX);
		}
		Set<String> unknown = new LinkedHashSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			if (!PLACEHOLDERS.contains(m.group(1))) {
				unknown.add("{{" + m.group(1) + "}}");
			}
		}
		if (!unknown.isEmpty()) {
			throw new RefusedException(RefusalKind.INVALID, "experts.template.unknown",
					String.join(", ", unknown));
		}
		if (!text.contains("{{list}}")) {
			throw new RefusedException(RefusalKind.INVALID, "experts.template.noList");
		}
		String before = t.getBody();
		t.rewrite(text, actor.username());
		templates.saveAndFlush(t);
		events.publishEvent(new ExpertEvents.LetterTemplateRewritten(lang, AuditedChange
			.updated(AuditedEntity.LETTER_TEMPLATE, lang, "letter template " + lang).before(Map.of("body", before))
			.after(Map.of("body", text))));
	}

	/** The letter ready to write: paragraphs before and after the list, the list by session, the signatures. */
	public record Letter(String lang, String title, boolean draft, List<String> before, List<Section> sections,
			List<String> after, List<Signature> signatures) {
	}

	public record Section(String heading, List<Line> lines) {
	}

	public record Line(String conference, String name, String affiliation, String country, String languages) {
	}

	public record Signature(String office, String country, @Nullable String approvedOn) {
	}

	@Transactional(readOnly = true)
	public Letter letter(UUID roundId, String lang) {
		Locale locale = Locale.forLanguageTag(requireLanguage(lang));
		RoundView round = nominations.view(roundId);
		String body = templates.findById(lang).map(LetterTemplate::getBody)
			.orElseGet(() -> SeedFiles.text("experts/letter_" + lang + ".txt").strip());
		LocalDate dated = latest(round.approvedCrmOn(), round.approvedCsmOn());
		String pptCrm = presidency(round, Conference.CRM.name(), locale);
		String pptCsm = presidency(round, Conference.CSM.name(), locale);
		Map<String, String> values = Map.of(
				"place_date", DateFormats.longDay(dated == null ? round.deadline() : dated, locale),
				"round", round.title(),
				"sessions", msg("experts.letter.sessions", locale, round.sessionNumbers().size(),
						com.ibm.icu.text.ListFormatter.getInstance(locale).format(round.sessionNumbers())),
				"quota", String.valueOf(round.quota()),
				"deadline", Deadline.shownLong(round.deadline(), locale),
				"ppt_crm", pptCrm, "ppt_csm", pptCsm);
		List<String> before = new ArrayList<>();
		List<String> after = new ArrayList<>();
		boolean listSeen = false;
		for (String paragraph : body.split("\\n\\s*\\n")) {
			if (paragraph.strip().equals("{{list}}")) {
				listSeen = true;
				continue;
			}
			String filled = fill(paragraph.strip().replace("{{list}}", ""), values);
			(listSeen ? after : before).add(filled);
		}
		List<Section> sections = new ArrayList<>();
		for (RoundView.SessionView s : round.sessions()) {
			List<Line> lines = new ArrayList<>();
			for (RoundView.ConferenceView c : s.conferences()) {
				for (RoundView.NominationView n : c.nominations()) {
					// someone who withdrew consent is never shared with the UN, even on an approved list
					if (n.status() == NominationStatus.AGREED && n.consented()) {
						lines.add(new Line(msg("experts.conference." + c.conference(), locale), n.expertName(),
								n.affiliation(), Countries.nameOf(n.country(), locale),
								areas.languages(n.languages(), locale)));
					}
				}
			}
			sections.add(new Section(areas.session(s.number(), locale), lines));
		}
		List<Signature> signatures = List.of(
				new Signature(msg("experts.letter.pptOf", locale, Conference.CRM.name()), pptCrm,
						round.approvedCrmOn() == null ? null : DateFormats.longDay(round.approvedCrmOn(), locale)),
				new Signature(msg("experts.letter.pptOf", locale, Conference.CSM.name()), pptCsm,
						round.approvedCsmOn() == null ? null : DateFormats.longDay(round.approvedCsmOn(), locale)));
		return new Letter(lang, msg("experts.letter.title", locale), !round.approved(), before, sections, after,
				signatures);
	}

	/** Who signs for a conference: the presidency that approved, or the one holding it by the deadline. */
	private String presidency(RoundView round, String conference, Locale locale) {
		String country = Conference.CRM.name().equals(conference) ? round.pptCrm() : round.pptCsm();
		if (country == null || country.isBlank()) {
			country = nominations.presidency(conference, round.deadline()).orElse("");
		}
		return country.isBlank() ? "—" : Countries.nameOf(country, locale);
	}

	private static @Nullable LocalDate latest(@Nullable LocalDate a, @Nullable LocalDate b) {
		if (a == null || b == null) {
			return null;
		}
		return a.isAfter(b) ? a : b;
	}

	static String fill(String text, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
		}
		m.appendTail(out);
		return out.toString();
	}

	String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String requireLanguage(String lang) {
		if (!LANGUAGES.contains(lang)) {
			throw new RefusedException(RefusalKind.MALFORMED, "experts.letter.language");
		}
		return lang;
	}
}
