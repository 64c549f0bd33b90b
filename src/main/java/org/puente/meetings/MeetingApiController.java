package org.puente.meetings;

import org.puente.web.Paging;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.audit.AuditTrail;
import org.puente.directory.Conference;
import org.puente.directory.Directory;
import org.puente.i18n.DatePrecision;
import org.puente.i18n.ReaderZone;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.EditConflict;
import org.puente.web.FormSubmission;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The calendar as JSON, for the conferences' websites and partners' systems. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "The shared CRM–CSM calendar of meetings relevant to the Global Compact")
class MeetingApiController {

	private final Meetings meetings;

	private final Accounts accounts;

	private final SmartValidator validator;

	private final Directory directory;

	private final MessageSource messages;

	private final AuditTrail audit;

	MeetingApiController(Meetings meetings, Accounts accounts, SmartValidator validator, Directory directory,
			MessageSource messages, AuditTrail audit) {
		this.directory = directory;
		this.messages = messages;
		this.audit = audit;
		this.meetings = meetings;
		this.accounts = accounts;
		this.validator = validator;
	}

	/** A meeting as the API shows it; {@code version} must be sent back with a PUT. */
	record MeetingJson(UUID id, String uid, String titleEs, @Nullable String titleEn, @Nullable String titlePt,
			@Nullable String titleFr, MeetingKind kind, Set<Conference> processes, MeetingStatus status,
			MeetingVisibility visibility, DatePrecision precision, LocalDate startDate, LocalDate endDate,
			@Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt, @Nullable String timeZone,
			@Schema(description = WHEN) String when, @Nullable String city, @Nullable String countryIso2,
			@Nullable String venue, @Nullable String onlineUrl, @Nullable UUID hostMeetingId, @Nullable HostRelation hostRelation,
			Set<String> participantCountries, @Nullable String agenda, String agendaLanguage, int sequence,
			long version) {

		/**
		 * What {@code when} says and in which zone. A script has no browser: the account it signs in with gives its
		 * zone (chosen on /account, else its country's or conference's), else the browser's cookie, else none.
		 */
		static final String WHEN = "The dates in the Accept-Language, as precisely as they are known; the times in "
				+ "the caller's zone with the meeting's own beside: the zone of the account signed in with (chosen on "
				+ "/account, else its country's or its conference secretariat's), else the browser's (a page's cookie), "
				+ "else only the meeting's zone, labelled";

		static MeetingJson of(Meeting m, Locale locale, @Nullable ZoneId reader) {
			return new MeetingJson(m.getId(), m.getUid(), m.getTitleEs(), m.getTitleEn(), m.getTitlePt(),
					m.getTitleFr(), m.getKind(), m.getProcesses(), m.getStatus(), m.getVisibility(), m.getPrecision(),
					m.getStartDate(), m.getEndDate(), m.getStartsAt(), m.getEndsAt(), m.getTimeZone(),
					m.summary().when(locale, reader), m.getCity(), m.getCountryIso2(), m.getVenue(), m.getOnlineUrl(),
					m.getHostMeetingId(), m.getHostRelation(), m.getParticipantCountries(), m.getAgenda(),
					m.getAgendaLanguage(), m.getSequence(), m.getVersion());
		}
	}

	@GetMapping
	@Transactional(readOnly = true)
	@Operation(operationId = "listMeetings", summary = "Meetings overlapping a period, with the calendar's filters",
			description = "Reserved meetings are included only for the conferences' members.")
	@ApiResponse(responseCode = "200", description = "The meetings")
	@ApiResponse(responseCode = "400", description = "A date is not YYYY-MM-DD, or a filter value is unknown")
	ResponseEntity<List<MeetingJson>> list(@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String size,
			@Parameter(description = "first day, YYYY-MM-DD") @RequestParam(required = false) @Nullable String from,
			@Parameter(description = "last day, YYYY-MM-DD") @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String process,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String status, Locale locale) {
		LocalDate first = day(from, LocalDate.of(1900, 1, 1));
		LocalDate last = day(to, LocalDate.of(9999, 12, 31));
		MeetingFilter filter = MeetingFilter.of(process, kind, country, status);
		Paging paging = Paging.of(page, size);
		ZoneId zone = readerZone();
		return paging.answer(meetings.overlapping(first, last, filter, accounts.current()),
				m -> MeetingJson.of(m, locale, zone));
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	@Operation(operationId = "getMeeting", summary = "One meeting")
	MeetingJson one(@PathVariable UUID id, Locale locale) {
		return MeetingJson.of(visible(id), locale, readerZone());
	}

	// the rule of MeetingManagement.schedule (kept there) repeated here, as on PUT and DELETE: accounts checks it
	// before the body is read, so an observer or a focal point hears 403 whatever they sent, not first a 422 about a
	// field of a request they may not make at all (it was 422 for an invalid body, 403 only for a valid one)
	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Operation(operationId = "createMeeting", summary = "Schedule a meeting (secretariats)")
	@ApiResponse(responseCode = "201", description = "Scheduled: the meeting, its address in Location")
	@ApiResponse(responseCode = "403", description = "Not a secretariat or an administrator (whatever the body), or "
			+ "none of the meeting's conferences is the caller's")
	@ApiResponse(responseCode = "422", description = "Invalid input: end before start, unknown time zone …")
	ResponseEntity<MeetingJson> create(@RequestBody MeetingForm form, Locale locale) {
		validate(form);
		UUID id = meetings.schedule(form);
		// where the new meeting is read again (RFC 9110 15.3.2), as every other creation of the API answers
		return ResponseEntity.created(java.net.URI.create("/api/v1/meetings/" + id))
			.body(MeetingJson.of(meetings.load(id), locale, readerZone()));
	}

	// the rule of MeetingManagement (kept there) repeated here: accounts then answer 404 for an unknown meeting to
	// every role before the rule refuses a known one (403), and a refused caller's body is not validated first
	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Operation(operationId = "changeMeeting", summary = "Change a meeting (secretariats); send the version you read")
	@ApiResponse(responseCode = "200", description = "Changed: the meeting as stored now, with its new version")
	@ApiResponse(responseCode = "409", description = "Someone changed the meeting since the version sent: the report "
			+ "holds currentVersion, the current values of the fields that differ (current), changedBy and changedAt")
	MeetingJson change(@PathVariable UUID id, @RequestBody MeetingForm form, Locale locale) {
		validate(form);
		// overtaken: the stored version and values in the 409 report, as a form's script gets (web.EditConflict)
		return FormSubmission.change(new EditConflict.Edit<>(form, form.version(), EditConflict.Answer.NONE,
				() -> MeetingConflicts.stored(meetings, audit, id),
						MeetingConflicts.fields(directory, meetings, messages, locale)), saving -> {
			meetings.change(id, saving.form());
			return MeetingJson.of(meetings.load(id), locale, readerZone());
		});
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Operation(operationId = "deleteMeeting", summary = "Delete a meeting entered by mistake (secretariats); to call a meeting off, set its status to CANCELLED")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "409", description = "A version was sent and the meeting changed since")
	ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version) {
		meetings.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	private void validate(MeetingForm form) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, errors);
		form.check(errors);
		if (!errors.hasErrors()) {
			return;
		}
		var first = errors.getAllErrors().get(0);
		if (first.getCode() != null && first.getCode().startsWith("meetings.")) {
			throw new RefusedException(RefusalKind.INVALID, first.getCode());
		}
		if (first instanceof FieldError field) {
			// the field's own sentence (the form shows the same), resolved in the caller's language
			throw new RefusedException(RefusalKind.INVALID, "meetings.api.invalidField", field.getField(),
					field);
		}
		throw new RefusedException(RefusalKind.INVALID, "meetings.api.invalid");
	}

	/**
	 * The zone the caller reads times in: the account's it signed in with, else its browser's ({@link ReaderZone}: a
	 * page's fetch carries the cookies), else none. A script signing in with HTTP Basic has no cookie at all.
	 */
	private @Nullable ZoneId readerZone() {
		return accounts.current().map(AccountSummary::zone).orElseGet(ReaderZone::current);
	}

	private Meeting visible(UUID id) {
		return meetings.visible(id, accounts.current())
			.orElseThrow(() -> new NotFoundException("meetings.notFound"));
	}

	private static LocalDate day(@Nullable String value, LocalDate otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("not a date: " + value, ex);
		}
	}
}
