package org.puente.browser;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a browser test starts from: the application on its random port, and a browser that opens its pages. */
public abstract class BrowserPages {

	@LocalServerPort
	protected int port;

	protected Browser browser;

	@BeforeEach
	protected void openBrowser() {
		browser = new Browser(port);
	}
}
