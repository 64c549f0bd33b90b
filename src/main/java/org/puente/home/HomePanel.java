package org.puente.home;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.i18n.Messages;

/**
 * What a capability puts on a signed-in person's home, for their role: a secretariat's minutes to review and overdue
 * agreements, a focal point's actions and questionnaires, an observer's news. Capabilities implement it as a bean;
 * the home asks each of them, so it never needs to know them.
 */
public interface HomePanel {

	/** The panels for this reader (none when the capability has nothing for their role), in their language. */
	List<Panel> panels(AccountSummary reader, Messages messages);

	/**
	 * One box on the home: a heading, its items (or the sentence to show when there are none) and a link to the whole
	 * list. {@code order} places it (lower first); {@code id} names it for links and tests.
	 */
	record Panel(String id, int order, String heading, List<Item> items, String empty, @Nullable String moreHref,
			@Nullable String moreText) {
	}

	/**
	 * One line: a link, a short badge ("Vencido"), a line under it; {@code urgent} marks it for attention. The link's
	 * words are {@code text} in the reader's language (may be empty), then {@code quote}, words shown as written (an
	 * agreement's, a title written in one language) in {@code quoteLanguage}, which the page marks when it is not
	 * the reader's. The line under it is in the reader's language too, unless {@code detailLanguage} says otherwise
	 * (an agreement's meeting, named by the title kept with its minutes).
	 */
	record Item(String text, String href, @Nullable String badge, @Nullable String detail, boolean urgent,
			@Nullable String quote, @Nullable String quoteLanguage, @Nullable String detailLanguage) {

		public Item(String text, String href, @Nullable String badge, @Nullable String detail, boolean urgent) {
			this(text, href, badge, detail, urgent, null, null);
		}

		public Item(String text, String href, @Nullable String badge, @Nullable String detail, boolean urgent,
				@Nullable String quote, @Nullable String quoteLanguage) {
			this(text, href, badge, detail, urgent, quote, quoteLanguage, null);
		}

		/** A line whose link is a title alone, in the language it is shown in ({@code language}). */
		public static Item titled(String title, String language, String href, @Nullable String badge,
				@Nullable String detail, boolean urgent) {
			return new Item("", href, badge, detail, urgent, title, language);
		}

		public static Item of(String text, String href, @Nullable String detail) {
			return new Item(text, href, null, detail, false);
		}
	}
}
