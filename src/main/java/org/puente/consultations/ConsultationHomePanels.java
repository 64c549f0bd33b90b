package org.puente.consultations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.puente.i18n.Deadline;
import org.puente.accounts.AccountSummary;
import org.puente.directory.Countries;
import org.puente.home.HomePanel;
import org.puente.i18n.Messages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a secretariat's home, its consultations still being answered, with how many countries have answered (those past
 * their deadline that still take late answers apart, and those past it that refuse them, left to close); on a focal
 * point's, the consultations their country has yet to answer, with the deadline, or saying that it passed.
 */
@Component
class ConsultationHomePanels implements HomePanel {

	private final ConsultationManagement consultations;

	private final Clock clock;

	ConsultationHomePanels(ConsultationManagement consultations, Clock clock) {
		this.consultations = consultations;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Panel> panels(AccountSummary reader, Messages messages) {
		if (ConsultationPolicy.answersFor(reader).isPresent()) {
			return List.of(toAnswer(reader, messages));
		}
		if (ConsultationPolicy.sends(reader)) {
			List<Panel> panels = new java.util.ArrayList<>(List.of(open(reader, messages)));
			java.util.stream.Stream.of(pastDeadline(reader, messages), refusingLate(reader, messages))
				.filter(panel -> !panel.items().isEmpty())
				.forEach(panels::add);
			return panels;
		}
		return List.of();
	}

	/** Sent, not closed, past its deadline and refusing late answers: nobody can answer it, nobody has closed it. */
	private boolean stalled(Consultation q) {
		return q.isOpen() && late(q) && q.getLatePolicy() == LatePolicy.REFUSE_LATE;
	}

	/** Sent, not closed, and still accepting answers (before the deadline, or late ones too). */
	private boolean answerable(Consultation q) {
		return q.isOpen()
				&& (!late(q) || q.getLatePolicy() == LatePolicy.ACCEPT_LATE);
	}

	/** Past its deadline now: the same day, read from the same clock, as the consultation's own page. */
	private boolean late(Consultation q) {
		return q.isLate(clock.instant());
	}

	/** The language the title is shown in, marked on the home when it is not the reader's (lang13). */
	private static String shownIn(Consultation q, Messages messages) {
		return q.title().languageShown(messages.locale()).code();
	}

	private static String deadline(Consultation q, Messages messages) {
		return Deadline.shown(q.getDeadline(), messages.locale());
	}

	/** Before their deadline, with countries yet to answer. */
	private Panel open(AccountSummary reader, Messages messages) {
		return new Panel("open-consultations", 25, messages.get("consultations.home.open"),
				awaited(reader, messages, false, "consultations.home.answered"),
				messages.get("consultations.home.openNone"), "/consultations", messages.get("consultations.home.all"));
	}

	/**
	 * Past their deadline and still taking late answers, with countries yet to answer: under their own heading, not
	 * among the open ones (one of 2017 stood there as open three years on). The heading says they take answers until
	 * closed: since consultations close, that is the step the secretariat has left to take (polish7).
	 */
	private Panel pastDeadline(AccountSummary reader, Messages messages) {
		return new Panel("late-consultations", 26, messages.get("consultations.home.pastDeadline"),
				awaited(reader, messages, true, "consultations.home.answeredLate"), "", "/consultations",
				messages.get("consultations.home.all"));
	}

	/**
	 * Past their deadline and refusing late answers, yet not closed: shown in no other panel, though the secretariat
	 * still has a step to take — close it, its answers compiled as they stand. Each with how many countries answered
	 * and which did not.
	 */
	private Panel refusingLate(AccountSummary reader, Messages messages) {
		List<Item> items = ownedBy(reader).filter(this::stalled).map(q -> {
			List<ConsultationResponse> all = consultations.responses(q.getId());
			long submitted = all.stream().filter(ConsultationResponse::isSubmitted).count();
			List<String> missing = all.stream().filter(r -> !r.isSubmitted())
				.map(r -> Countries.nameOf(r.getCountryIso2(), messages.locale()))
				.sorted(java.text.Collator.getInstance(messages.locale())).toList();
			String detail = messages.get("consultations.home.answeredLate", submitted, all.size(), deadline(q, messages));
			return Item.titled(q.title(messages.locale()), shownIn(q, messages), "/consultations/" + q.getId(),
					messages.get("consultations.home.deadlinePassed"), missing.isEmpty() ? detail
							: messages.get("consultations.home.missing", detail, missing.size(), String.join(", ", missing)),
					true);
		}).toList();
		return new Panel("stalled-consultations", 27, messages.get("consultations.home.refusingLate"), items, "",
				"/consultations", messages.get("consultations.home.all"));
	}

	private java.util.stream.Stream<Consultation> ownedBy(AccountSummary reader) {
		return consultations.all().stream()
			.filter(q -> reader.isAdmin() || q.getOwnerProcess().equals(reader.processCode()));
	}

	/** The reader's conference's consultations still answerable, past their deadline or not, not all answered. */
	private List<Item> awaited(AccountSummary reader, Messages messages, boolean pastDeadline, String detail) {
		return ownedBy(reader)
			.filter(q -> answerable(q) && late(q) == pastDeadline)
			.map(q -> {
				List<ConsultationResponse> all = consultations.responses(q.getId());
				long submitted = all.stream().filter(ConsultationResponse::isSubmitted).count();
				return submitted == all.size() ? null
						: Item.titled(q.title(messages.locale()), shownIn(q, messages), "/consultations/" + q.getId(), null,
								messages.get(detail, submitted, all.size(), deadline(q, messages)), pastDeadline);
			})
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private Panel toAnswer(AccountSummary reader, Messages messages) {
		List<Item> items = consultations.ofCountry(reader.countryIso2())
			.stream()
			.filter(r -> !r.isSubmitted())
			.map(r -> Optional.of(consultations.find(r.getConsultationId())).filter(this::answerable)
				.map(q -> Item.titled(q.title(messages.locale()), shownIn(q, messages), "/consultations/" + q.getId() + "/answer",
						r.getStatus() == ResponseStatus.DRAFT ? messages.get("consultations.home.draft") : null,
						messages.get(late(q) ? "consultations.home.wasDue" : "consultations.home.due", deadline(q, messages)),
						late(q)))
				// past its deadline and refusing late answers, it used to vanish: the country that had not answered was
				// told nothing; it stays, saying the deadline passed, until the secretariat closes it
				.or(() -> Optional.of(consultations.find(r.getConsultationId())).filter(this::stalled)
					.map(q -> missed(q, messages)))
				.orElse(null))
			.filter(java.util.Objects::nonNull)
			.toList();
		return new Panel("questionnaires-to-answer", 20, messages.get("consultations.home.toAnswer"), items,
				messages.get("consultations.home.toAnswerNone"), "/consultations", messages.get("consultations.home.all"));
	}

	/** A consultation the reader's country did not answer in time and can no longer answer. */
	private static Item missed(Consultation q, Messages messages) {
		return Item.titled(q.title(messages.locale()), shownIn(q, messages), "/consultations/" + q.getId() + "/answer",
				messages.get("consultations.home.deadlinePassed"),
				messages.get("consultations.home.lateRefused", deadline(q, messages)), true);
	}
}
