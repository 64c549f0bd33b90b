package org.puente.browser;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * When axe's {@code color-contrast} rule runs: 87 % of an axe check's time (suite20), and what it judges depends on the
 * style sheet, the screen and the coloured parts a page shows, not on the text typed into it. So it runs on the first
 * check of each page (path without query), window size and emulated media in this JVM, and again whenever the page
 * shows a coloured part not seen, contrast-checked, on that page before; every other rule runs on every check.
 * contrast20 measured six browser classes at 276.8 → 218.7 s (−21 %, load average 5–10; docs/performance.md).
 */
final class ContrastScope {

	/**
	 * The parts that bring colours of their own (puente.css) or appear after a page has opened: flash, error summary,
	 * field error, conflict box, badges and statuses, highlights, announcements, dialogs, notes, differences. Each
	 * visible one with text counts with its element and classes, so a new variant ({@code badge warning}) is new.
	 */
	private static final List<String> COLOURED = List.of(".flash", ".error-summary", ".error-message",
			"[class*=conflict]", ".badge", "[class*=status]", "mark", "[role=alert]", "[role=status]",
			"dialog[open], [role=dialog], [role=alertdialog]", ".notice", ".keep-typed-note", ".review-flags",
			"[class*=flow-alert]", "ins, del", "[class*=diff-]", "[class*=sim-]", "tr.current, td.today", ".amendment");

	/** One call: the page's key, then one entry per coloured part shown (the key first, so a new page is new). */
	private static final String STATE = """
			var parts = {};
			arguments[0].forEach(function (selector) {
			  document.querySelectorAll(selector).forEach(function (e) {
			    if (e.textContent.trim() && e.getClientRects().length) {
			      parts[selector + ' ' + e.tagName + '.' + (e.getAttribute('class') || '')] = true;
			    }
			  });
			});
			var media = ['print', '(forced-colors: active)', '(prefers-color-scheme: dark)', '(prefers-contrast: more)']
			  .filter(function (m) { return matchMedia(m).matches; });
			var key = location.protocol + location.host + location.pathname + ' ' + innerWidth + 'x' + innerHeight
			  + '@' + devicePixelRatio + ' ' + media.join(',');
			return [key].concat(Object.keys(parts).map(function (p) { return key + ' | ' + p; }));""";

	/** What passed contrast in this JVM: page keys and page key plus part. */
	private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

	private ContrastScope() {
	}

	/** What the page shows that contrast has not been checked on: empty when the rule can be skipped. */
	@SuppressWarnings("unchecked")
	static List<String> unchecked(WebDriver driver) {
		List<String> state = (List<String>) ((JavascriptExecutor) driver).executeScript(STATE, COLOURED);
		return state.stream().filter(s -> !CHECKED.contains(s)).toList();
	}

	/** Called once the check with contrast has passed (a failed one is checked in full again). */
	static void checked(List<String> state) {
		CHECKED.addAll(state);
	}
}
