package org.puente.consultations;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.puente.browser.Browser;
import org.puente.i18n.MultilingualField;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** For the browser tests: a consultation made, sent (or closed) outside the browser, as the CRM's secretariat. */
final class SentConsultations {

	private SentConsultations() {
	}

	/** A one-question CRM consultation (a term to define), built and sent by the CRM's secretariat. */
	static UUID one(ConsultationManagement management, UserDetailsService users) {
		return one(management, users, false);
	}

	/** The same, with a choice question after the term ("Sí" or "No") when {@code withAChoice}. */
	static UUID one(ConsultationManagement management, UserDetailsService users, boolean withAChoice) {
		return asSecretariat(users, () -> {
			MultilingualField title = new MultilingualField();
			title.setEs("Retorno " + UUID.randomUUID());
			UUID id = management.create(new ConsultationForm(title, new MultilingualField(), List.of("CRM"),
					java.time.LocalDate.now().plusDays(30), LatePolicy.ACCEPT_LATE));
			MultilingualField section = new MultilingualField();
			section.setEs("Conceptos");
			management.addQuestion(id, new QuestionForm(null, section, QuestionKind.TERM_DEFINITION,
					new MultilingualField(), "retorno asistido", null, "", false));
			if (withAChoice) {
				MultilingualField prompt = new MultilingualField();
				prompt.setEs("¿Hay retorno asistido en su país?");
				management.addQuestion(id, new QuestionForm(null, section, QuestionKind.SINGLE_CHOICE, prompt, null, null,
						"Sí\nNo", false));
			}
			management.send(id);
			return id;
		});
	}

	/** Closes it as the CRM's secretariat, while a focal point's page stays open in the browser. */
	static void close(ConsultationManagement management, UserDetailsService users, UUID id) {
		asSecretariat(users, () -> {
			management.close(id, management.find(id).getVersion());
			return id;
		});
	}

	private static <T> T asSecretariat(UserDetailsService users, Supplier<T> step) {
		var st = users.loadUserByUsername("st-crm");
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(st, null, st.getAuthorities()));
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * On an open answer page: its first autosaved field, and its id ("q-" and the question's id), which outlives the
	 * element when the page is left.
	 */
	record AnswerField(WebElement element, String id) {

		static AnswerField first() {
			WebElement field = Browser.driver().findElement(By.cssSelector("textarea[data-autosave]"));
			return new AnswerField(field, field.getAttribute("id"));
		}

		/** The status line that speaks for the field. */
		By status() {
			return By.id("status-" + questionId());
		}

		String questionId() {
			return id.substring(2);
		}
	}
}
