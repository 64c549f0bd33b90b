package org.puente.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Who proposed what where: one row per paragraph, one column per proponent, each cell the kind and state of that
 * proponent's amendments to that paragraph. Secretariats print it before a plenary to see where the countries
 * concentrate their proposals.
 */
record ProponentMatrix(List<String> proponents, List<Row> rows) {

	record Row(int number, String opening, List<List<String>> cells) {
	}

	static ProponentMatrix of(List<DraftParagraph> live, List<Amendment> amendments, List<String> codes,
			Function<String, String> label, Function<Amendment, String> describe) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < live.size(); i++) {
			UUID paragraphId = live.get(i).getId();
			List<List<String>> cells = new ArrayList<>();
			for (String code : codes) {
				cells.add(amendments.stream()
					.filter(a -> a.getParagraphId().equals(paragraphId) && a.getProponent().equals(code))
					.map(describe)
					.toList());
			}
			rows.add(new Row(i + 1, opening(live.get(i).getBody()), cells));
		}
		return new ProponentMatrix(codes.stream().map(label).toList(), rows);
	}

	/** The paragraph's first words, enough to recognise it in a printed table. */
	static String opening(String body) {
		return body.length() <= 60 ? body : body.substring(0, body.lastIndexOf(' ', 60) > 20 ? body.lastIndexOf(' ', 60) : 60) + "…";
	}
}
