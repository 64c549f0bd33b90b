package org.puente.agreements;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.documents.UnreadableFileException;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.meetings.MeetingKind;
import org.puente.meetings.MeetingSummary;
import org.puente.meetings.Meetings;
import org.puente.seeds.DemoData;
import org.puente.seeds.SeedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo register: the two 2017 seeds read by the extractor at first start, confirmed as the CRM secretariat
 * would, then followed up with plausible statuses and progress notes. Skipped once any minutes were reviewed.
 */
@DemoData(40)
class DemoAgreements implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoAgreements.class);

	static final String ACTA_TITLE = "Reunión de trabajo CRM-CSM en Panamá: Acta Final";

	private final Reviews reviews;

	private final ReviewRepository reviewRepository;

	private final AgreementRepository agreementRepository;

	private final Agreements agreements;

	private final Accounts accounts;

	private final UserDetailsService users;

	private final TransactionTemplate tx;

	private final Meetings meetings;

	DemoAgreements(Reviews reviews, ReviewRepository reviewRepository, AgreementRepository agreementRepository,
			Agreements agreements, Accounts accounts, UserDetailsService users, TransactionTemplate tx,
			Meetings meetings) {
		this.meetings = meetings;
		this.reviews = reviews;
		this.reviewRepository = reviewRepository;
		this.agreementRepository = agreementRepository;
		this.agreements = agreements;
		this.accounts = accounts;
		this.users = users;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (reviewRepository.count() > 0) {
			return;
		}
		var previous = SecurityContextHolder.getContext().getAuthentication();
		UserDetails secretariat = users.loadUserByUsername("st-crm");
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(secretariat, null, secretariat.getAuthorities()));
		try {
			// the Acta was signed at the working meeting held in person in Panamá; the Minuta records the virtual one
			UUID acta = load("seeds/acta-final-2017-06-08.txt", ACTA_TITLE, LocalDate.of(2017, 6, 8));
			UUID minuta = load("seeds/minuta-2017-05-11.txt",
					"Reunión virtual CRM-CSM sobre las consultas temáticas del Pacto Mundial", LocalDate.of(2017, 5, 11));
			AccountSummary st = accounts.current().orElseThrow();
			tx.executeWithoutResult(status -> followUp(acta, minuta, st));
			LOG.info("Demo agreements: {} confirmed from the two 2017 seeds", agreementRepository.count());
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	private UUID load(String resource, String title, LocalDate date) throws IOException, UnreadableFileException {
		String name = resource.substring(resource.indexOf('/') + 1);
		UUID id;
		byte[] bytes = new ClassPathResource(resource).getContentAsByteArray();
		id = reviews.start(new Reviews.Meeting(calendarMeeting(date), title, "es", date, Conference.BOTH, false),
				MinutesUpload.of(name, bytes), Optional.of("es"));
		reviews.confirm(id, reviews.get(id).getVersion());
		return id;
	}

	/** The joint meeting of that day in the calendar, so that its page lists the minutes and their agreements. */
	private @Nullable UUID calendarMeeting(LocalDate date) {
		return meetings.between(date, date, Optional.empty())
			.stream()
			.filter(m -> m.processes().containsAll(Conference.BOTH) && m.kind() != MeetingKind.EXTERNAL_EVENT)
			.map(MeetingSummary::id)
			.findFirst()
			.orElse(null);
	}

	/** The follow-up of 2017 (demo/agreement-progress.csv): how far each agreement got, by the minutes it is in. */
	private void followUp(UUID acta, UUID minuta, AccountSummary st) {
		for (CSVRecord row : SeedFiles.csv("demo/agreement-progress.csv")) {
			String evidence = row.get("evidence");
			progress(row.get("minutes").equals("acta") ? acta : minuta, row.get("number"),
					AgreementStatus.valueOf(row.get("status")), row.get("day"), row.get("note"),
					evidence.isEmpty() ? null : evidence);
		}
	}

	private void progress(UUID minutesId, String number, AgreementStatus status, String day, String note,
			@Nullable String evidence) {
		agreementRepository.findByReviewIdOrderByPosition(minutesId).stream()
			.filter(a -> a.getNumber().equals(number))
			.findFirst()
			// the demo's follow-up notes are written in Spanish (demo/agreement-progress.csv)
			.ifPresent(a -> agreements.record(a, accounts.current().orElseThrow(), ProgressNote.typed(note, "es"),
					evidence, status,
					LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC)));
	}
}
