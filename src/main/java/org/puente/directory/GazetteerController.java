package org.puente.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The gazetteer's page (aliases by entity, a try-it box) and its lookup API. */
@Controller
@Tag(name = "Directory")
class GazetteerController {

	private final GazetteerAliases aliases;

	GazetteerController(GazetteerAliases aliases) {
		this.aliases = aliases;
	}

	@GetMapping("/directory/gazetteer")
	String page(@RequestParam(required = false) @Nullable String text, Model model, Locale locale) {
		Gazetteer g = aliases.gazetteer();
		Map<String, List<GazetteerAliases.AliasRow>> byEntity = new TreeMap<>();
		for (var row : aliases.aliases()) {
			byEntity.computeIfAbsent(String.join(" ", row.entityIds()), k -> new java.util.ArrayList<>()).add(row);
		}
		model.addAttribute("byEntity", byEntity);
		model.addAttribute("labels", byEntity.keySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(k -> k, k -> java.util.Arrays.stream(k.split(" "))
				.map(id -> g.label(id, locale))
				.collect(java.util.stream.Collectors.joining(" + ")))));
		model.addAttribute("entities", Gazetteer.entitiesFromClasspath());
		// the form's choice of what an alias refers to, named in the reader's words: its ids alone ("country:PA",
		// "org:OAS-CAM") asked a secretariat to know Puente's codes (walk 19)
		model.addAttribute("entityLabels", Gazetteer.entitiesFromClasspath()
			.stream()
			.collect(java.util.stream.Collectors.toMap(e -> e.id(), e -> g.label(e.id(), locale), (a, b) -> a)));
		if (text != null && !text.isBlank()) {
			model.addAttribute("text", text);
			model.addAttribute("found", aliases.lookup(text, locale));
		}
		return "directory/gazetteer";
	}

	/** A refused alias (a duplicate, 409; an empty one, 422) shows the page again with the reason and what was sent. */
	@PostMapping("/directory/gazetteer")
	String add(@RequestParam String alias, @RequestParam String lang, @RequestParam String entityIds, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return FormSubmission.act(response, () -> {
			aliases.add(alias, lang, entityIds);
			return FormSubmission.redirect(redirect, "directory.gazetteer.added", "/directory/gazetteer");
		}, refusal -> {
			model.addAttribute("refused", refusal);
			model.addAttribute("typed", new TypedAlias(alias, lang, entityIds));
			return page(null, model, locale);
		}, RefusalKind.FORBIDDEN);
	}

	/** What the alias form sent, shown again with its refusal. */
	record TypedAlias(String alias, String lang, String entityIds) {
	}

	@PostMapping("/directory/gazetteer/{id}/delete")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		aliases.remove(id);
		return FormSubmission.redirect(redirect, "directory.gazetteer.removed", "/directory/gazetteer");
	}

	@GetMapping("/api/v1/directory/gazetteer/lookup")
	@ResponseBody
	@Operation(operationId = "lookUpInGazetteer", summary = "Finds the countries, organisations, bodies and roles named in a text",
			description = "Longest match, case- and accent-insensitive, in es/en/pt/fr: «las STs» → both technical "
					+ "secretariats; «ambas Conferencias» → CRM and CSM")
	List<GazetteerAliases.Found> lookup(@RequestParam String text, Locale locale) {
		if (text.isBlank() || text.length() > 100_000) {
			throw new RefusedException(RefusalKind.MALFORMED, "directory.gazetteer.textRequired");
		}
		return aliases.lookup(text, locale);
	}
}
