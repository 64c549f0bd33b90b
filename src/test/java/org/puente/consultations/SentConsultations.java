package org.puente.consultations;

import java.util.List;
import java.util.UUID;

import org.puente.i18n.MultilingualField;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** For the browser tests: a consultation made and sent outside the browser, as the CRM's secretariat. */
final class SentConsultations {

	private SentConsultations() {
	}

	/** A one-question CRM consultation (a term to define), built and sent by the CRM's secretariat. */
	static UUID one(ConsultationManagement management, UserDetailsService users) {
		var st = users.loadUserByUsername("st-crm");
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(st, null, st.getAuthorities()));
		try {
			MultilingualField title = new MultilingualField();
			title.setEs("Retorno " + UUID.randomUUID());
			UUID id = management.create(new ConsultationForm(title, new MultilingualField(), List.of("CRM"),
					java.time.LocalDate.now().plusDays(30), LatePolicy.ACCEPT_LATE));
			MultilingualField section = new MultilingualField();
			section.setEs("Conceptos");
			management.addQuestion(id, new QuestionForm(null, section, QuestionKind.TERM_DEFINITION,
					new MultilingualField(), "retorno asistido", null, "", false));
			management.send(id);
			return id;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
