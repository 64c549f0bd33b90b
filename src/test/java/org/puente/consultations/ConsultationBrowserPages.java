package org.puente.consultations;

import java.util.UUID;

import org.puente.browser.BrowserPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the consultations' browser tests start from: a browser on the application, and a one-question consultation
 * the CRM's secretariat has just sent, its answer page open as a focal point.
 */
abstract class ConsultationBrowserPages extends BrowserPages {

	@Autowired
	ConsultationManagement management;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	/** The consultation {@link #answerAs} sent. */
	UUID consultation;

	/** Sends a consultation and opens its answer page as {@code focalPoint}: the page's first answer. */
	SentConsultations.AnswerField answerAs(String focalPoint) {
		consultation = SentConsultations.one(management, users);
		browser.signInAndOpen(focalPoint, "/consultations/" + consultation + "/answer");
		return SentConsultations.AnswerField.first();
	}

	/** The answer the server holds for {@code answer}'s question. */
	String stored(SentConsultations.AnswerField answer) {
		return jdbc.queryForObject("select text_value from consultation_answer where question_id = ?::uuid",
				String.class, answer.questionId());
	}
}
