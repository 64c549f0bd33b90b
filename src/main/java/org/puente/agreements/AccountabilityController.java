package org.puente.agreements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.refusal.NotFoundException;
import org.puente.web.TableFiles;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public accountability pages, like Decidim's: what each meeting agreed and how far each item got, overall and
 * per set of minutes, with CSV, XLSX and PDF exports. Open to everyone, signed in or not.
 */
@Controller
class AccountabilityController {

	private final Agreements agreements;

	private final AgreementExports exports;

	AccountabilityController(Agreements agreements, AgreementExports exports) {
		this.agreements = agreements;
		this.exports = exports;
	}

	/** One meeting's minutes in the overview: its agreements and how far they got. */
	record MinutesRow(UUID minutesId, String meetingTitle, java.time.LocalDate meetingDate, List<Conference> processes,
			Tally tally, @Nullable String titleLanguage) {
	}

	/**
	 * The minutes a page is about: taken from their first agreement, or from the review when they hold none. The
	 * meeting's title kept with them is marked with its own language, not the minutes' (walk 10 #18, fix12b).
	 */
	record MinutesHeader(UUID minutesId, String meetingTitle, java.time.LocalDate meetingDate,
			List<Conference> processes, @Nullable String titleLanguage) {

		static MinutesHeader of(AgreementSummary first) {
			return new MinutesHeader(first.minutesId(), first.meetingTitle(), first.meetingDate(), first.processes(),
					first.meetingTitleLanguage());
		}
	}

	@GetMapping("/agreements")
	String overview(@RequestParam(required = false) @Nullable String process, Model model) {
		List<AgreementSummary> all = agreements.list(new Agreements.Filter(process, null, null, null, null, false));
		Map<UUID, List<AgreementSummary>> byMinutes = new LinkedHashMap<>();
		all.forEach(a -> byMinutes.computeIfAbsent(a.minutesId(), k -> new ArrayList<>()).add(a));
		List<MinutesRow> rows = byMinutes.values().stream().map(list -> {
			AgreementSummary first = list.get(0);
			return new MinutesRow(first.minutesId(), first.meetingTitle(), first.meetingDate(), first.processes(),
					Tally.of(list), first.meetingTitleLanguage());
		}).toList();
		model.addAttribute("tally", Tally.of(all));
		model.addAttribute("minutes", rows);
		model.addAttribute("process", process);
		model.addAttribute("statuses", AgreementStatus.values());
		return "agreements/overview";
	}

	@GetMapping("/agreements/minutes/{id}")
	String minutes(@PathVariable UUID id, Model model, Locale locale) {
		List<AgreementSummary> list = agreements.list(new Agreements.Filter(null, null, null, null, id, false));
		Optional<String> replaced = Optional.empty();
		if (list.isEmpty()) {
			// links to minutes later replaced by a new version lead to the version whose agreements they now are
			replaced = agreements.replacementOf(id).map(current -> "redirect:/agreements/minutes/" + current);
		}
		if (replaced.isPresent()) {
			return replaced.get();
		}
		MinutesHeader header = list.isEmpty() ? agreements.reviewedWithoutAgreements(id)
			.map(m -> new MinutesHeader(id, m.title().title(), m.meeting().date(), m.meeting().processes(),
					m.title().language()))
			.orElseThrow(() -> new NotFoundException("agreements.minutes.notFound"))
				: MinutesHeader.of(list.get(0));
		model.addAttribute("agreements", list);
		model.addAttribute("first", header);
		// the page's <title> is the meeting's title alone: marked as its heading is (layout.html)
		model.addAttribute("titleLanguage", locale.getLanguage().equals(header.titleLanguage()) ? null
				: header.titleLanguage());
		model.addAttribute("minutesDocument", agreements.minutesDocument(id).orElse(null));
		model.addAttribute("tally", Tally.of(list));
		model.addAttribute("statuses", AgreementStatus.values());
		return "agreements/minutes";
	}

	@GetMapping("/agreements/export.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String process,
			@RequestParam(required = false) @Nullable UUID minutes, Locale locale) {
		return TableFiles.download(exports.csv(selection(process, minutes), locale), TableFiles.CSV,
				exports.fileName("csv", locale));
	}

	@GetMapping("/agreements/export.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @Nullable String process,
			@RequestParam(required = false) @Nullable UUID minutes, Locale locale) {
		return TableFiles.download(exports.xlsx(selection(process, minutes), locale), TableFiles.XLSX,
				exports.fileName("xlsx", locale));
	}

	@GetMapping("/agreements/export.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String process,
			@RequestParam(required = false) @Nullable UUID minutes, Locale locale) {
		return TableFiles.download(exports.pdf(selection(process, minutes), locale), MediaType.APPLICATION_PDF,
				exports.fileName("pdf", locale));
	}

	/** The agreements the page that links here shows: the overview's conference, or one meeting's minutes. */
	private List<AgreementSummary> selection(@Nullable String process, @Nullable UUID minutes) {
		return agreements.list(new Agreements.Filter(process == null || process.isBlank() ? null : process, null, null,
				null, minutes, false));
	}
}
