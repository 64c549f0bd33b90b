package org.puente.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The base address is normalised once, however the operator wrote it, and every link has one slash after it. */
class SiteAddressTests {

	@Test
	void aTrailingSlashOrSpaceChangesNoLink() {
		for (String written : new String[] { "https://puente.example.org", "https://puente.example.org/",
				"https://puente.example.org//", " https://puente.example.org/ " }) {
			SiteAddress site = new SiteAddress(written);
			assertThat(site.base()).isEqualTo("https://puente.example.org");
			assertThat(site.link("/agreements/items/42")).isEqualTo("https://puente.example.org/agreements/items/42");
			assertThat(site.link("agreements/mine")).isEqualTo("https://puente.example.org/agreements/mine");
			assertThat(site.webcal("/calendar.ics")).isEqualTo("webcal://puente.example.org/calendar.ics");
		}
	}

	@Test
	void aPathUnderTheHostIsKept() {
		SiteAddress site = new SiteAddress("http://intranet.example.org/puente/");
		assertThat(site.link("/documents/feed.atom")).isEqualTo("http://intranet.example.org/puente/documents/feed.atom");
		assertThat(site.webcal("/calendar.ics")).isEqualTo("webcal://intranet.example.org/puente/calendar.ics");
	}
}
