package org.puente.meetings;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.Accounts;
import org.puente.audit.AuditTrail;
import org.puente.directory.Countries;
import org.puente.directory.Directory;
import org.puente.i18n.DatePrecision;
import org.puente.i18n.ZoneNames;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.EditConflict;
import org.puente.web.FormSubmission;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Secretariats schedule and change meetings, cancel them, mark them held and import other calendars. A refused
 * save answers through {@link FormSubmission}: the form again with what was typed, the reason and its status.
 */
@Controller
class MeetingEditController {

	private static final String FORM = "meetings/form";

	private final Meetings meetings;

	private final Directory directory;

	private final Accounts accounts;

	private final MessageSource messages;

	private final AuditTrail audit;

	MeetingEditController(Meetings meetings, Directory directory, Accounts accounts, MessageSource messages,
			AuditTrail audit) {
		this.audit = audit;
		this.messages = messages;
		this.meetings = meetings;
		this.directory = directory;
		this.accounts = accounts;
	}

	void choices(Model model, Locale locale) {
		model.addAttribute("processes", directory.processes());
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("statuses", MeetingStatus.values());
		model.addAttribute("precisions", DatePrecision.MEETINGS);
		model.addAttribute("visibilities", MeetingVisibility.values());
		model.addAttribute("relations", HostRelation.values());
		model.addAttribute("organisations", directory.organisations());
		List<String> members = new Countries().sortedByName(directory.allMemberStates(), locale);
		model.addAttribute("countryCodes", members);
		// the zone from a list, the member states' first (walk 10 #12): a French secretariat does not guess IANA names
		String kept = model.getAttribute("form") instanceof MeetingForm form ? form.timeZone() : null;
		model.addAttribute("zones", ZoneNames.choices(members, kept, Instant.now(), locale));
		model.addAttribute("hosts", meetings.calendar(MeetingFilter.NONE, accounts.current())
			.stream()
			.map(Meeting::summary)
			.toList());
	}

	@GetMapping("/meetings/new")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String create(@ModelAttribute("form") MeetingForm form, Model model, Locale locale) {
		// the form may arrive pre-filled from the address (an agreement's event date: "schedule this meeting")
		String own = form.processes().isEmpty() ? accounts.current().map(a -> a.processCode()).orElse(null) : null;
		model.addAttribute("form", own == null ? form : form.withProcesses(List.of(own)));
		choices(model, locale);
		return FORM;
	}

	@GetMapping("/meetings/{id}/edit")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("form", meetings.formFor(id));
		model.addAttribute("meetingId", id);
		choices(model, locale);
		return FORM;
	}

	@PostMapping("/meetings")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String schedule(@Valid @ModelAttribute("form") MeetingForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		return save(null, form, errors, model, locale, redirect, response);
	}

	@PostMapping("/meetings/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
			EditConflict.Answer answer, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		model.addAttribute("meetingId", id);
		form.check(errors);
		choices(model, locale);
		// someone else changed the meeting meanwhile: theirs beside what was typed, field by field (EditConflict)
		return FormSubmission.edit(errors, response, model, () -> FORM, redirect, "meetings.save.success",
				new EditConflict.Edit<>(form, form.version(), answer,
				() -> MeetingConflicts.stored(meetings, audit, id),
						MeetingConflicts.fields(directory, meetings, messages, locale)),
				saving -> {
					meetings.change(id, saving.form());
					return "/meetings/" + id;
				});
	}

	private String save(@Nullable UUID id, MeetingForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		// also after a value that could not be read: the form is built all the same, that value empty (FormBinding),
		// and its own checks add their mistakes, so that one submit shows every one
		form.check(errors);
		choices(model, locale);
		return FormSubmission.handle(errors, response, FORM, redirect, "meetings.save.success", () -> {
			if (id == null) {
				return "/meetings/" + meetings.schedule(form);
			}
			meetings.change(id, form);
			return "/meetings/" + id;
		});
	}

	/** The steps of a meeting's life a secretariat takes from its page: confirm a draft, mark it held, cancel it. */
	@PostMapping("/meetings/{id}/{step:cancel|confirm|held}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String step(@PathVariable UUID id, @PathVariable String step, RedirectAttributes redirect) {
		String flash = switch (step) {
			case "cancel" -> {
				List<String> told = meetings.cancel(id);
				// who was told, by name (the page said "the participants were told" when nobody was)
				redirect.addFlashAttribute("flashArgs", new Object[] { told.size(), String.join(", ", told) });
				yield told.isEmpty() ? "meetings.cancel.toldNobody" : "meetings.cancel.success";
			}
			case "confirm" -> {
				meetings.confirmDraft(id);
				yield "meetings.draft.confirmed";
			}
			default -> {
				meetings.markHeld(id);
				yield "meetings.held.success";
			}
		};
		return FormSubmission.redirect(redirect, flash, "/meetings/" + id);
	}

	/** Anyone signed in may follow a meeting, to get its change notices and (if asked) a reminder. */
	@PostMapping("/meetings/{id}/subscription")
	@PreAuthorize("isAuthenticated()")
	String subscribe(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer reminderDays,
			@RequestParam(defaultValue = "false") boolean stop, RedirectAttributes redirect) {
		var me = accounts.current().orElseThrow();
		meetings.follow(me.id(), id, reminderDays, stop);
		return FormSubmission.redirect(redirect, stop ? "meetings.subscription.stopped" : "meetings.subscription.saved",
				"/meetings/" + id);
	}

	@GetMapping("/meetings/import")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String importForm() {
		return "meetings/import";
	}

	@PostMapping("/meetings/import")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String importFile(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) throws IOException {
		byte[] calendar = file.getBytes();
		return FormSubmission.act(response, () -> {
			if (calendar.length == 0 && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				throw new RefusedException(RefusalKind.INVALID, "error.upload.none"); // none chosen, not a bad one
			}
			MeetingImport.Outcome outcome = meetings.importCalendar(calendar);
			return "redirect:/meetings/import/done?created=" + outcome.created() + "&updated=" + outcome.updated();
		}, refusal -> {
			model.addAttribute("importError", messages.getMessage(refusal, locale));
			return "meetings/import";
		});
	}

	@GetMapping("/meetings/import/done")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	String imported(@RequestParam(defaultValue = "0") int created, @RequestParam(defaultValue = "0") int updated,
			Model model) {
		model.addAttribute("created", created);
		model.addAttribute("updated", updated);
		return "meetings/import";
	}
}
