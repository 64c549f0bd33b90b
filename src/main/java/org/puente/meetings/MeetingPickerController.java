package org.puente.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The meeting picker's answers: the options of the shared fragment ({@code meetings/picker}) for a search typed in a
 * form, and the same choices as JSON for scripts.
 */
@Controller
class MeetingPickerController {

	private final MeetingPicker picker;

	MeetingPickerController(MeetingPicker picker) {
		this.picker = picker;
	}

	/**
	 * @param field the name of the form field the choice fills in; its current value (the meeting chosen so far) comes
	 * in the parameter of that name, the words typed in {@code <field>Search}
	 */
	@GetMapping("/meetings/picker")
	String options(@RequestParam(defaultValue = "meetingId") String field,
			@RequestParam(defaultValue = "false") boolean optional, @RequestParam Map<String, String> params,
			Model model, Locale locale) {
		if (!field.matches("[a-zA-Z][a-zA-Z0-9]{0,40}")) {
			throw new IllegalArgumentException("field");
		}
		String query = params.get(field + "Search");
		model.addAttribute("field", field);
		model.addAttribute("optional", optional);
		model.addAttribute("selected", params.get(field));
		model.addAttribute("choices", picker.choices(query, params.get(field), locale));
		return "meetings/picker :: options(field=${field}, choices=${choices}, selected=${selected}, optional=${optional}, announce=true)";
	}

	@GetMapping(path = "/api/v1/meetings/choices", produces = "application/json")
	@ResponseBody
	@Tag(name = "Meetings")
	@Operation(operationId = "listMeetingChoices", summary = "Meetings matching a few words (title in any language, city, country, year), closest to today first")
	List<MeetingPicker.Choice> choices(@RequestParam(defaultValue = "") @Nullable String q, Locale locale) {
		return picker.choices(q == null || q.length() > 200 ? null : q, null, locale);
	}
}
