package org.puente.web;

import java.util.Arrays;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import org.junit.jupiter.api.Test;
import org.puente.PuenteClasses;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * A form a page sends answers with a page (a view or a redirect), never with a file: puente.js says "Sending…" beside
 * the button of a post slow to answer and lifts it when the next page comes, and a file's answer brings none — the
 * note would stay until its 20 s release (walk 20, left). Every download is a link (GET), which the note never
 * concerns: CSV, XLSX, PDF, ICS, DOCX, vCard. An export that needs a form's choices sends them by GET, as the lists'
 * filters do.
 */
class FormAnswersTests {

	@Test
	void everyFormAPagePostsIsAnsweredWithAPageNotAFile() {
		methods().that(answerAPageForm())
			.should().haveRawReturnType(String.class)
			.because("a file's answer leaves the page where it is, and puente.js's \"Sending…\" on the button stays;"
					+ " offer a download as a link (GET), as every export is")
			.check(PuenteClasses.MAIN);
	}

	/** Handlers of a post, put or delete at an address outside the API: what a page's form sends to. */
	private static DescribedPredicate<JavaMethod> answerAPageForm() {
		return DescribedPredicate.describe("answer a form a page sends (a post outside /api)", method -> {
			RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.reflect(), RequestMapping.class);
			if (mapping == null || Arrays.stream(mapping.method()).noneMatch(m -> m != RequestMethod.GET)) {
				return false;
			}
			RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(method.getOwner().reflect(),
					RequestMapping.class);
			String prefix = type == null ? "" : Stream.of(type.path()).findFirst().orElse("");
			String[] paths = mapping.path().length == 0 ? new String[] { "" } : mapping.path();
			return Stream.of(paths).map(p -> prefix + p).noneMatch(path -> path.startsWith("/api/"));
		});
	}
}
