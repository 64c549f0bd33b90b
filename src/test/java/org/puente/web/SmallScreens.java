package org.puente.web;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.puente.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests of phones, enlarged text and the keyboard share (walk 15): the shared browser given a phone's screen
 * and back a desk's, a script run in the page, how far the page reaches sideways, the Tab key pressed until an element
 * has the focus, an element's node for the accessibility tree.
 */
final class SmallScreens {

	private SmallScreens() {
	}

	/** A screen this size, a phone's (touch and all) below 400 px, until {@link #desk}. */
	static void screen(int width, int height) {
		((ChromeDriver) Browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 400));
	}

	/** The browser's own window again, for the next test. */
	static void desk() {
		((ChromeDriver) Browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	static Object js(String script) {
		return ((JavascriptExecutor) Browser.driver()).executeScript(script);
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(String script) {
		return (List<Object>) js(script);
	}

	/** Pixels the page is wider than the screen: what a person would have to scroll sideways to read. */
	static long sidewaysOverflow() {
		return ((Number) js("return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)"))
			.longValue();
	}

	/** Presses Tab from the focused element until the target has the focus (fewer than 200 presses). */
	static void tabTo(WebElement target) {
		WebElement focused = Browser.driver().switchTo().activeElement();
		for (int tabs = 0; !focused.equals(target); tabs++) {
			assertThat(tabs).as("reached with fewer than 200 Tab presses").isLessThan(200);
			focused.sendKeys(Keys.TAB);
			focused = Browser.driver().switchTo().activeElement();
		}
	}

	/** The DevTools' id of the first element the selector finds, to query the accessibility tree under it. */
	static Object backendNodeId(String selector) {
		ChromeDriver driver = (ChromeDriver) Browser.driver();
		Object root = ((Map<?, ?>) driver.executeCdpCommand("DOM.getDocument", Map.of()).get("root")).get("nodeId");
		Object node = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", selector)).get("nodeId");
		return ((Map<?, ?>) driver.executeCdpCommand("DOM.describeNode", Map.of("nodeId", node)).get("node")).get("backendNodeId");
	}
}
