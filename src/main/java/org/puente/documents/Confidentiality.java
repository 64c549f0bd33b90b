package org.puente.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.puente.accounts.AccountSummary;

/** Who may read a document: everyone, any signed-in account of the conferences, or the secretariats only. */
public enum Confidentiality {

	PUBLIC, CONFERENCES, SECRETARIATS;

	/** The levels a reader may see; anonymous visitors see only public documents. */
	public static List<Confidentiality> visibleTo(Optional<AccountSummary> reader) {
		return Arrays.stream(values()).filter(c -> c.ordinal() <= level(reader)).toList();
	}

	static int level(Optional<AccountSummary> reader) {
		if (reader.isEmpty()) {
			return 0;
		}
		return DocumentPolicy.readsSecretariats(reader.get()) ? 2 : 1;
	}

	/** The SQL array literal of the visible levels, e.g. {@code {PUBLIC,CONFERENCES}}. */
	static String sqlArray(Optional<AccountSummary> reader) {
		return "{" + String.join(",", visibleTo(reader).stream().map(Enum::name).toList()) + "}";
	}
}
