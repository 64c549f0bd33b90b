package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.puente.i18n.DatePrecision;

class SeedExtractionTests {

	private static final MinutesReading extractor = MinutesReading.withPackagedDirectory(null);

	private static final MinutesReading.Result acta = extract("seeds/acta-final-2017-06-08.txt", LocalDate.of(2017, 6, 8));

	private static final MinutesReading.Result minuta = extract("seeds/minuta-2017-05-11.txt", LocalDate.of(2017, 5, 11));

	static MinutesReading.Result extract(String resource, LocalDate meeting) {
		try (InputStream in = SeedExtractionTests.class.getClassLoader().getResourceAsStream(resource)) {
			return extractor.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), meeting, Optional.empty());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MinutesItem acta(int number) {
		return acta.items().stream().filter(a -> a.number().equals(String.valueOf(number))).findFirst().orElseThrow();
	}

	private static List<String> ids(List<ItemParty> parties) {
		return parties.stream().map(ItemParty::id).toList();
	}

	private static ItemDate mention(LocalDate start, LocalDate end, DatePrecision precision, ItemDate.Kind kind) {
		return new ItemDate("", start, end, precision, kind, null);
	}

	private static List<ItemDate> withoutExpressions(List<ItemDate> dates) {
		return dates.stream().map(d -> new ItemDate("", d.start(), d.end(), d.precision(), d.kind(), d.warning())).toList();
	}

	@Test
	void findsTheFourteenAgreementsOfTheActaInOrder() {
		assertThat(acta.language()).isEqualTo("es");
		assertThat(acta.items()).extracting(MinutesItem::number)
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14");
		assertThat(acta(1).theme()).isEqualTo("En relación al intercambio de información");
		assertThat(acta(11).text()).contains("se solicita a la OIM continuar su cooperación");
	}

	@Test
	void findsOnlyTheEightAgreementsOfTheMinuta() {
		assertThat(minuta.items()).hasSize(8);
		assertThat(minuta.items().get(0).text()).startsWith("La CRM estará enviando a la CSM");
		assertThat(minuta.items()).noneMatch(a -> a.text().contains("Se somete a aprobación la agenda"));
	}

	@Test
	void givesActaNineToBothPresidenciesWithItsMondayDeadline() {
		MinutesItem nine = acta(9);
		assertThat(ids(nine.responsible())).contains("role:PPT-CRM", "role:PPT-CSM");
		assertThat(nine.responsible()).contains(new ItemParty("role:PPT-CRM", "PPT de la CRM"));
		ItemDate deadline = nine.dates().get(0);
		assertThat(deadline.expression()).isEqualTo("a más tardar el lunes 12 de junio");
		assertThat(withoutExpressions(nine.dates())).containsExactly(mention(LocalDate.of(2017, 6, 12),
				LocalDate.of(2017, 6, 12), DatePrecision.DAY, ItemDate.Kind.DEADLINE));
	}

	@Test
	void givesActaTwelveToChileAndTheCrmSecretariat() {
		MinutesItem twelve = acta(12);
		assertThat(ids(twelve.responsible())).contains("country:CL", "org:ST-CRM");
		assertThat(ids(twelve.mentioned())).contains("process:CSM");
		assertThat(withoutExpressions(twelve.dates())).containsExactly(mention(LocalDate.of(2017, 6, 20),
				LocalDate.of(2017, 6, 20), DatePrecision.DAY, ItemDate.Kind.DEADLINE));
	}

	@Test
	void resolvesTheEventRangesOfTheActa() {
		assertThat(withoutExpressions(acta(11).dates())).containsExactly(mention(LocalDate.of(2017, 9, 26),
				LocalDate.of(2017, 9, 27), DatePrecision.DAY, ItemDate.Kind.EVENT));
		assertThat(withoutExpressions(acta(5).dates())).containsExactly(mention(LocalDate.of(2017, 9, 7),
				LocalDate.of(2017, 9, 8), DatePrecision.DAY, ItemDate.Kind.EVENT));
		assertThat(withoutExpressions(acta(7).dates())).containsExactly(mention(LocalDate.of(2017, 12, 4),
				LocalDate.of(2017, 12, 6), DatePrecision.DAY, ItemDate.Kind.EVENT));
	}

	@Test
	void resolvesActaThirteenToJulyDaysAndTheMonthOfNovember() {
		MinutesItem thirteen = acta(13);
		assertThat(withoutExpressions(thirteen.dates())).containsExactly(
				mention(LocalDate.of(2017, 7, 7), LocalDate.of(2017, 7, 8), DatePrecision.DAY, ItemDate.Kind.EVENT),
				mention(LocalDate.of(2017, 11, 1), LocalDate.of(2017, 11, 30), DatePrecision.MONTH, ItemDate.Kind.EVENT));
		assertThat(ids(thirteen.responsible())).containsExactly("process:CRM");
		assertThat(ids(thirteen.mentioned())).contains("process:CSM", "body:ADHOC-EXTRAREGIONAL");
	}

	@Test
	void keepsRecipientsAndSubjectsApartInTheMinuta() {
		MinutesItem first = minuta.items().get(0);
		assertThat(ids(first.responsible())).containsExactly("process:CRM");
		assertThat(ids(first.mentioned())).containsExactly("process:CSM");
		MinutesItem seventh = minuta.items().get(6);
		assertThat(ids(seventh.responsible())).containsExactly("org:ST-CRM", "org:ST-CSM", "org:IOM");
	}

	@Test
	void resolvesTheMinutaTroikaMeetingAndThePanamaMeeting() {
		MinutesItem troikas = minuta.items().get(4);
		List<String> named = new java.util.ArrayList<>(ids(troikas.responsible()));
		named.addAll(ids(troikas.mentioned()));
		assertThat(named).contains("body:TROIKA-CRM", "body:TROIKA-CSM");
		assertThat(withoutExpressions(troikas.dates())).containsExactly(mention(LocalDate.of(2017, 8, 30),
				LocalDate.of(2017, 8, 31), DatePrecision.DAY, ItemDate.Kind.EVENT));
		assertThat(minuta.items().get(2).dates()).extracting(ItemDate::start).containsExactly(LocalDate.of(2017, 6, 8));
	}
}
