package org.puente.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.TimeZoneFormat;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;

/**
 * Time zones as a reader names them: "hora de Panamá (UTC−5)", "heure : São Paulo (UTC−3)", from ICU's CLDR data
 * (already on the classpath for the messages' plurals), not the IANA identifier a French secretariat cannot guess
 * (walk 10 #7, #12). The identifier stays what is stored and sent.
 */
public final class ZoneNames {

	/**
	 * The zone a country's capital keeps, for the member states with more than one: ICU lists a country's zones
	 * alphabetically (Brazil would start at Araguaina), not by where its government sits.
	 */
	private static final Map<String, String> CAPITALS = Map.of("AR", "America/Argentina/Buenos_Aires", "BR",
			"America/Sao_Paulo", "CA", "America/Toronto", "CL", "America/Santiago", "EC", "America/Guayaquil", "MX",
			"America/Mexico_City", "US", "America/New_York");

	private static final Set<String> KNOWN = Set.copyOf(ZoneId.getAvailableZoneIds());

	/**
	 * The zones of places (no offsets, no old aliases such as "US/Central" or "America/Buenos_Aires") that both ICU
	 * and the JDK know, sorted: the list a person chooses from.
	 */
	private static final List<String> ALL = TimeZone
		.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null).stream()
		.filter(KNOWN::contains).sorted().toList();

	private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

	private static final Map<String, List<Choice>> ALL_NAMED = new ConcurrentHashMap<>();

	/**
	 * A zone in a list: its IANA identifier (the value sent), its name in the reader's language, and whether it is
	 * one of the member states' (listed first).
	 */
	public record Choice(String id, String name, boolean first) {
	}

	private ZoneNames() {
	}

	/** The zone of a region id from the IANA database, or null: an offset says nothing of daylight saving. */
	public static @Nullable ZoneId known(@Nullable String id) {
		if (id == null || id.isBlank() || !KNOWN.contains(id.strip())) {
			return null;
		}
		return ZoneId.of(id.strip());
	}

	/** "hora de Panamá", "Panama Time", "Horário Panamá", "heure : Panama": CLDR's generic location name. */
	public static String name(ZoneId zone, Locale locale) {
		return NAMES.computeIfAbsent(locale.getLanguage() + " " + zone.getId(), k -> {
			if (zone.getRules().isFixedOffset()) { // "UTC", "Etc/GMT+5": the offset is the name
				return offset(zone.getRules().getOffset(Instant.EPOCH));
			}
			String shown = TimeZoneFormat.getInstance(ULocale.forLocale(locale))
				.format(TimeZoneFormat.Style.GENERIC_LOCATION, TimeZone.getTimeZone(zone.getId()), 0L);
			return shown == null || shown.startsWith("GMT") || shown.startsWith("UTC") ? zone.getId() : shown;
		});
	}

	/** "hora de Panamá, UTC−5": the name and the offset it keeps at that moment (daylight saving included). */
	public static String label(ZoneId zone, Instant at, Locale locale) {
		String offset = offset(zone.getRules().getOffset(at));
		return zone.getRules().isFixedOffset() ? offset : name(zone, locale) + ", " + offset;
	}

	/** "UTC−5", "UTC+5:30", "UTC": with a true minus sign, as CLDR writes it. */
	static String offset(ZoneOffset offset) {
		int seconds = offset.getTotalSeconds();
		if (seconds == 0) {
			return "UTC";
		}
		int minutes = Math.abs(seconds) / 60;
		return "UTC" + (seconds < 0 ? "\u2212" : "+") + minutes / 60
				+ (minutes % 60 == 0 ? "" : ":" + String.format(Locale.ROOT, "%02d", minutes % 60));
	}

	/** The zone a country's officials live in (its capital's), or null for none. */
	public static @Nullable ZoneId ofCountry(@Nullable String iso2) {
		if (iso2 == null || iso2.isBlank()) {
			return null;
		}
		String capital = CAPITALS.get(iso2.toUpperCase(Locale.ROOT));
		if (capital != null) {
			return ZoneId.of(capital);
		}
		String[] ids = TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION,
				iso2.toUpperCase(Locale.ROOT), null).toArray(String[]::new);
		for (String id : ids) {
			if (KNOWN.contains(id)) {
				return ZoneId.of(id);
			}
		}
		return null;
	}

	/**
	 * The list a person chooses from: the zones of the given countries first (the member states, in the order
	 * given), then every zone by its name in the reader's language ("Zúrich — Suiza (UTC+1)"), so that a list's
	 * type-ahead finds a city or a country.
	 */
	public static List<Choice> choices(Collection<String> firstCountries, Instant at, Locale locale) {
		return choices(firstCountries, null, at, locale);
	}

	/**
	 * The same, with the zone already chosen among the first even when it is not in the list (an old alias kept by
	 * a meeting imported from an .ics), so that opening a form does not lose it.
	 */
	public static List<Choice> choices(Collection<String> firstCountries, @Nullable String current, Instant at,
			Locale locale) {
		List<Choice> choices = new ArrayList<>();
		Set<String> first = new LinkedHashSet<>();
		ZoneId kept = known(current);
		if (kept != null && !ALL.contains(kept.getId())) {
			first.add(kept.getId());
			choices.add(new Choice(kept.getId(), listed(kept.getId(), at, locale), true));
		}
		for (String iso2 : firstCountries) {
			ZoneId zone = ofCountry(iso2);
			if (zone != null && first.add(zone.getId())) {
				choices.add(new Choice(zone.getId(), listed(zone.getId(), at, locale), true));
			}
		}
		for (Choice c : all(at, locale)) {
			if (!first.contains(c.id())) { // once in the list: a select would show it chosen twice
				choices.add(c);
			}
		}
		return choices;
	}

	private static String listed(String id, Instant at, Locale locale) {
		ULocale reader = ULocale.forLocale(locale);
		String city = TimeZoneNames.getInstance(reader).getExemplarLocationName(id);
		String region;
		try {
			region = TimeZone.getRegion(id);
		}
		catch (IllegalArgumentException ex) {
			region = null; // a zone the JDK knows and this ICU not yet
		}
		String country = region == null || region.length() != 2 ? null
				: new Locale("", region).getDisplayCountry(locale);
		String where = city == null ? id : country == null || country.equals(city) ? city : city + " \u2014 " + country;
		return where + " (" + offset(ZoneId.of(id).getRules().getOffset(at)) + ")";
	}

	/** Every zone by its place, kept per language and day (the offsets change with daylight saving). */
	private static List<Choice> all(Instant at, Locale locale) {
		String key = locale.getLanguage() + " " + at.atZone(ZoneOffset.UTC).toLocalDate();
		if (ALL_NAMED.size() > 16 && !ALL_NAMED.containsKey(key)) {
			ALL_NAMED.clear(); // yesterday's offsets
		}
		return ALL_NAMED.computeIfAbsent(key, k -> {
			List<Choice> named = new ArrayList<>();
			for (String id : ALL) {
				named.add(new Choice(id, listed(id, at, locale), false));
			}
			return Collation.sort(named, Choice::name, locale);
		});
	}
}
