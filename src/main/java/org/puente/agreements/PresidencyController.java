package org.puente.agreements;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.directory.Directory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What each conference's presidency takes on: its holder, the next one recorded, the PPT's and troika's open agreements. */
@Controller
class PresidencyController {

	private final PresidencyHandover handover;

	private final Directory directory;

	PresidencyController(PresidencyHandover handover, Directory directory) {
		this.handover = handover;
		this.directory = directory;
	}

	/** One conference's part of the page. */
	record Part(String conference, String name, List<String> holders, List<AgreementSummary> agreements) {
	}

	@GetMapping(PresidencyHandover.PAGE)
	String inherited(@RequestParam(required = false) @Nullable String process, Model model, Locale locale) {
		// an unknown ?process= shows both conferences, as the board's filter does
		List<Conference> shown = Conference.of(process).map(List::of).orElse(Conference.BOTH);
		model.addAttribute("parts", shown.stream().map(c -> new Part(c.name(),
				directory.process(c.name()).map(p -> p.name(locale)).orElse(c.name()),
				Stream.of(handover.held(c.name()), handover.next(c.name())).flatMap(Optional::stream)
					.map(h -> handover.sentence(h, locale)).toList(),
				handover.inherited(c.name()))).toList());
		return "agreements/presidency";
	}
}
