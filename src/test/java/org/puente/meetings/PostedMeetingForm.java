package org.puente.meetings;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The meeting form as a secretariat's browser posts it: unless a test changes a field, a public, confirmed CRM working
 * meeting of one day. A test names only the fields it is about.
 */
public final class PostedMeetingForm {

	private final Map<String, String[]> fields = new LinkedHashMap<>();

	private PostedMeetingForm(String titleEs, String isoDate) {
		with("titleEs", titleEs).with("kind", "WORKING_MEETING").with("processes", "CRM").with("precision", "DAYS")
			.with("startDate", isoDate).with("endDate", isoDate).with("status", "CONFIRMED").with("visibility", "PUBLIC");
	}

	/** A one-day meeting with this Spanish title on this day (YYYY-MM-DD). */
	public static PostedMeetingForm meeting(String titleEs, String isoDate) {
		return new PostedMeetingForm(titleEs, isoDate);
	}

	/** Sets a field (several values: ticked boxes); no value: the field is not sent at all. */
	public PostedMeetingForm with(String name, String... values) {
		if (values.length == 0) {
			fields.remove(name);
		}
		else {
			fields.put(name, values);
		}
		return this;
	}

	/** The form posted to this path: {@code /meetings} creates, {@code /meetings/{id}} edits. */
	public MockHttpServletRequestBuilder postTo(String path) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
		fields.forEach(request::param);
		return request;
	}
}
