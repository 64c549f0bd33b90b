package org.puente.practices;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.FormSubmission;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The joint prioritisation's pages: a session's combined ranking (public), a country's ranking form, and the compiled document. */
@Controller
class RankingController {

	private final Prioritisation prioritisation;

	RankingController(Prioritisation prioritisation) {
		this.prioritisation = prioritisation;
	}

	@GetMapping("/practices/ranking")
	String ranking(@RequestParam(defaultValue = "1") int session, Model model, Locale locale,
			Optional<AccountSummary> reader) {
		Prioritisation.requireSession(session);
		model.addAttribute("ranking", prioritisation.compute(session, locale.getLanguage()));
		model.addAttribute("countries", reader.map(prioritisation::countriesFor).orElse(List.of()));
		return "practices/ranking";
	}

	@GetMapping("/practices/ranking/rank")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	String rankForm(@RequestParam int session, @RequestParam(required = false) @Nullable String country, Model model,
			Locale locale, AccountSummary actor) {
		String chosen = country(country, actor);
		Map<String, String> places = new HashMap<>();
		prioritisation.ranking(session, chosen).ifPresent(r -> {
			List<UUID> order = r.getPractices();
			for (int i = 0; i < order.size(); i++) {
				places.put(order.get(i).toString(), String.valueOf(i + 1));
			}
		});
		return form(session, chosen, places, model, locale, actor);
	}

	@PostMapping("/practices/ranking/rank")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	String rank(@RequestParam int session, @RequestParam String country, @RequestParam Map<String, String> params,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect,
			AccountSummary actor) {
		Map<String, String> typed = new LinkedHashMap<>();
		Map<UUID, @Nullable String> places = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("place-")) {
				typed.put(name.substring(6), value);
				try {
					places.put(UUID.fromString(name.substring(6)), value);
				}
				catch (IllegalArgumentException ex) {
					// not one of the session's practices: ignored, and the missing ones are named
				}
			}
		});
		return FormSubmission.act(response, () -> {
			prioritisation.rank(session, country, places, actor);
			return FormSubmission.redirect(redirect, "practices.flash.ranked", "/practices/ranking?session=" + session);
		}, refusal -> {
			model.addAttribute("refusal", refusal);
			return form(session, country, typed, model, locale, actor);
		}, RefusalKind.FORBIDDEN);
	}

	private String form(int session, String country, Map<String, String> places, Model model, Locale locale,
			AccountSummary actor) {
		model.addAttribute("rankSession", session);
		model.addAttribute("country", country);
		model.addAttribute("countries", prioritisation.countriesFor(actor));
		model.addAttribute("practices", prioritisation.eligible(session));
		model.addAttribute("places", places);
		model.addAttribute("language", locale.getLanguage());
		return "practices/rank";
	}

	/** The compiled document, grouped by thematic session and ordered by the joint ranking. */
	@GetMapping("/practices/compilation")
	ResponseEntity<byte[]> compilation(@RequestParam(defaultValue = "docx") String format, Locale locale) {
		CompiledPractices.Format wanted;
		try {
			wanted = CompiledPractices.Format.valueOf(format.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RefusedException(RefusalKind.MALFORMED, "practices.compiled.format");
		}
		CompiledPractices.Compiled document = prioritisation.compile(locale);
		byte[] bytes = CompiledPractices.write(document, wanted);
		MediaType type = wanted == CompiledPractices.Format.DOCX
				? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
				: MediaType.APPLICATION_PDF;
		String name = document.title().replaceAll("[^\\p{L}\\p{N} ()-]", "").strip() + "."
				+ wanted.name().toLowerCase(Locale.ROOT);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

	private String country(@Nullable String wanted, AccountSummary actor) {
		List<String> mine = prioritisation.countriesFor(actor);
		if (mine.isEmpty()) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "practices.ranking.error.forbidden");
		}
		if (wanted == null || wanted.isBlank()) {
			return mine.get(0);
		}
		if (!mine.contains(wanted)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "practices.ranking.error.forbidden");
		}
		return wanted;
	}

}
