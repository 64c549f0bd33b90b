package org.puente.web;

import org.springframework.stereotype.Component;

/**
 * How long a browser keeps what was typed in a form and never reached the server (keep-typed.js): said once, here.
 * Every page hands the number to its script ({@code data-keep-days}) and to its note, which says it in words
 * ({@code layout.keep.keptSince}), so the two can never disagree.
 */
@Component("keptTyped")
public class KeptTyped {

	static final int DAYS = 14;

	public int days() {
		return DAYS;
	}
}
