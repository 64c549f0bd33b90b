package org.puente.agreements;

import java.time.LocalDate;
import java.util.List;

/**
 * The agreements proposed from one set of minutes.
 *
 * @param language es, en or pt: given by the caller or guessed from the text
 */
public record ExtractionResult(LocalDate meetingDate, String language, List<ExtractedAgreement> agreements) {

	public ExtractionResult {
		agreements = List.copyOf(agreements);
	}
}
