package org.puente.consultations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.puente.accounts.AccountSummary;
import org.puente.home.HomePanel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a secretariat's home, its consultations still being answered, with how many countries have answered; on a focal
 * point's, the consultations their country has yet to answer, with the deadline.
 */
@Component
class ConsultationHomePanels implements HomePanel {

	private final ConsultationRepository consultations;

	private final ResponseRepository responses;

	private final MessageSource messages;

	ConsultationHomePanels(ConsultationRepository consultations, ResponseRepository responses,
			MessageSource messages) {
		this.consultations = consultations;
		this.responses = responses;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Panel> panels(AccountSummary reader, Locale locale) {
		if (ConsultationPolicy.answersFor(reader).isPresent()) {
			return List.of(toAnswer(reader, locale));
		}
		if (ConsultationPolicy.sends(reader)) {
			return List.of(open(reader, locale));
		}
		return List.of();
	}

	/** Sent, and still accepting answers (before the deadline, or late ones too). */
	private static boolean answerable(Consultation q) {
		return !q.isDraft() && (!q.getDeadline().isBefore(LocalDate.now()) || q.getLatePolicy() == LatePolicy.ACCEPT_LATE);
	}

	private Panel open(AccountSummary reader, Locale locale) {
		List<Item> items = consultations.findAllByOrderByCreatedAtDesc()
			.stream()
			.filter(q -> reader.isAdmin() || q.getOwnerProcess().equals(reader.processCode()))
			.filter(ConsultationHomePanels::answerable)
			.map(q -> {
				List<ConsultationResponse> all = responses.findByConsultationIdOrderByCountryIso2(q.getId());
				long submitted = all.stream().filter(ConsultationResponse::isSubmitted).count();
				return submitted == all.size() ? null
						: new Item(q.title(locale), "/consultations/" + q.getId(), null,
								text("consultations.home.answered", locale, submitted, all.size(), q.getDeadline()),
								q.getDeadline().isBefore(LocalDate.now()));
			})
			.filter(java.util.Objects::nonNull)
			.toList();
		return new Panel("open-consultations", 25, text("consultations.home.open", locale), items,
				text("consultations.home.openNone", locale), "/consultations", text("consultations.home.all", locale));
	}

	private Panel toAnswer(AccountSummary reader, Locale locale) {
		List<Item> items = responses.findByCountryIso2(reader.countryIso2())
			.stream()
			.filter(r -> !r.isSubmitted())
			.map(r -> consultations.findById(r.getConsultationId()).filter(ConsultationHomePanels::answerable)
				.map(q -> new Item(q.title(locale), "/consultations/" + q.getId() + "/answer",
						r.getStatus() == ResponseStatus.DRAFT ? text("consultations.home.draft", locale) : null,
						text(q.getDeadline().isBefore(LocalDate.now()) ? "consultations.home.wasDue"
								: "consultations.home.due", locale, q.getDeadline()),
						q.getDeadline().isBefore(LocalDate.now())))
				.orElse(null))
			.filter(java.util.Objects::nonNull)
			.toList();
		return new Panel("questionnaires-to-answer", 20, text("consultations.home.toAnswer", locale), items,
				text("consultations.home.toAnswerNone", locale), "/consultations", text("consultations.home.all", locale));
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
