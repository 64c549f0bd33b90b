package org.puente.notifications;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.puente.notifications.Notices.Letter;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * What every capability's notices share (agreements, meetings, reminders, practices, consultations, drafting, flows):
 * one mail per address, in its reader's language, each with the files and the unsubscribe address written for them.
 */
class NoticesTests {

	record Person(String email, String language) implements Addressee {
	}

	private static final UUID ACCOUNT = UUID.randomUUID();

	private final NoticeDeliveries deliveries = mock(NoticeDeliveries.class);

	private final Notices notices = new Notices(deliveries, new StaticMessageSource());

	@Test
	void eachAddressGetsOneLetterInItsReadersLanguageWithItsFilesAndItsOwnUnsubscribeAddress() {
		List<Person> people = List.of(new Person("ana@example.org", "es"), new Person("ana@example.org", "en"),
				new Person("", "pt"), new Person("marie@example.org", "fr"));
		int sent = notices.writeEach(people, (person, locale) -> new Letter("Sujet " + locale.getLanguage(),
				"Texte pour " + person.email())
			.attaching(new Notice.Attachment("meeting.ics", "text/calendar; method=REQUEST; charset=UTF-8",
					"BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)))
			.unsubscribing(new Notice.Unsubscribe("digest-" + person.language(), ACCOUNT)));

		assertThat(sent).isEqualTo(2);
		ArgumentCaptor<Notice> written = ArgumentCaptor.forClass(Notice.class);
		verify(deliveries, times(2)).record(written.capture());
		Notice toAna = written.getAllValues().get(0);
		assertThat(toAna.to()).containsExactly("ana@example.org");
		assertThat(toAna.language()).isEqualTo(Locale.forLanguageTag("es"));
		assertThat(toAna.subject()).isEqualTo("Sujet es");
		assertThat(toAna.attachments()).singleElement().extracting(Notice.Attachment::contentType)
			.isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
		assertThat(toAna.unsubscribe()).containsExactly(
				Map.entry("ana@example.org", new Notice.Unsubscribe("digest-es", ACCOUNT)));
		Notice toMarie = written.getAllValues().get(1);
		assertThat(toMarie.to()).containsExactly("marie@example.org");
		assertThat(toMarie.language()).isEqualTo(Locale.FRENCH);
		assertThat(toMarie.text()).isEqualTo("Texte pour marie@example.org");
	}

	@Test
	void aLetterOneCannotSwitchOffCarriesNoUnsubscribeAddress() {
		notices.writeEach(List.of(new Person("ana@example.org", "es")), (person, locale) -> new Letter("S", "T"));
		ArgumentCaptor<Notice> written = ArgumentCaptor.forClass(Notice.class);
		verify(deliveries).record(written.capture());
		assertThat(written.getValue().unsubscribe()).isEmpty();
		assertThat(written.getValue().attachments()).isEmpty();
	}
}
