package org.puente.flows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.seeds.DemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's flows: the Chile–Panamá information-exchange agreement, and six years of synthetic weekly arrivals
 * along Colombia–Panamá–Costa Rica–Nicaragua–Honduras–Guatemala–México for people from Haiti, Cuba, Venezuela,
 * extra-regional Africa and Asia (seeded, so every start gives the same numbers). Each country counts about 92 %
 * of the people the previous country counted a week or two earlier (two weeks through the Darién, one after). A surge of people from extra-regional Africa enters Colombia
 * in the last four weeks; Panamá's last two weeks, where it arrives, are not loaded: they are the file a focal
 * point of Panamá uploads ({@link #panamaLatest()}), which raises the alarm and the downstream watches.
 */
@DemoData(70)
class DemoFlows implements ApplicationRunner {

	static final LocalDate FIRST = LocalDate.of(2020, 11, 30);

	static final int WEEKS = 312;

	static final LocalDate LAST = FIRST.plusWeeks(WEEKS - 1);

	/** Weeks from each country to the next on the route. */
	static final int[] LAGS = { 2, 1, 1, 1, 1, 1 };

	static final Map<String, Double> BASE = Map.of("HTI", 220.0, "CUB", 140.0, "VEN", 480.0, "AFR", 45.0, "ASI",
			30.0);

	private final FlowSubmissions submissions;

	private final FlowWatch watch;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	DemoFlows(FlowSubmissions submissions, FlowWatch watch, Accounts accounts, JdbcClient jdbc) {
		this.submissions = submissions;
		this.watch = watch;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from flow_exchange_agreement").query(Long.class).single() > 0) {
			return;
		}
		jdbc.sql("""
				insert into flow_exchange_agreement (id, code, title, parties, legal_basis, data_categories, starts_on,
				                                     ends_on, document_url, notes, language)
				values (?, 'CL-PA-2017', ?, 'CL,PA', ?, 'biometric-hits,counts-by-nationality,counts-by-border-point',
				        date '2017-06-08', null, null, ?, 'es')""")
			.params(UUID.randomUUID(),
					"Memorando de entendimiento Chile–Panamá sobre intercambio de información biométrica",
					"Memorando de entendimiento entre los ministerios del Interior y de Seguridad Pública (Acta 13–14 de la CRM y la CSM)",
					"Como un medio para poner en marcha un mecanismo bi-regional de alerta temprana. Puente guarda solo los "
							+ "metadatos del acuerdo y los conteos agregados; nunca datos personales ni biométricos.")
			.update();
		AccountSummary admin = accounts.byUsername("admin").orElseThrow();
		for (String country : FlowRoute.CHAIN) {
			LocalDate end = country.equals("PA") ? LAST.minusWeeks(2) : LAST;
			byte[] csv = csv(country, FIRST, end).getBytes(StandardCharsets.UTF_8);
			FlowTemplate.Parsed parsed = new FlowTemplate(country, FIRST, end).parse(csv);
			if (!parsed.ok()) {
				throw new IllegalStateException("demo flows for " + country + ": " + parsed.problems());
			}
			submissions.store(country, FIRST, end, "demo-" + country + ".csv", parsed, admin, true, false);
		}
		watch.refresh(false);
	}

	/** Panamá's last two weeks, with the surge: the file the demo's focal point of Panamá submits. */
	static String panamaLatest() {
		return csv("PA", LAST.minusWeeks(1), LAST);
	}

	/** The template CSV (with its HXL row) for one country's weeks from {@code from} to {@code to}. */
	static String csv(String country, LocalDate from, LocalDate to) {
		double[][][] all = generate();
		int c = FlowRoute.CHAIN.indexOf(country);
		StringBuilder out = new StringBuilder(BlankTemplate.csv());
		for (int o = 0; o < FlowRoute.ORIGINS.size(); o++) {
			for (int t = 0; t < WEEKS; t++) {
				LocalDate week = FIRST.plusWeeks(t);
				if (week.isBefore(from) || week.isAfter(to)) {
					continue;
				}
				out.append(week).append(',').append(country).append(',').append(FlowRoute.ORIGINS.get(o))
					.append(",,,,").append((long) all[c][o][t]).append("\r\n");
			}
		}
		return out.toString();
	}

	/** [country][origin][week] counts, the same on every call. */
	static double[][][] generate() {
		Random random = new Random(20170608L);
		int countries = FlowRoute.CHAIN.size();
		double[][][] counts = new double[countries][FlowRoute.ORIGINS.size()][WEEKS];
		for (int o = 0; o < FlowRoute.ORIGINS.size(); o++) {
			String origin = FlowRoute.ORIGINS.get(o);
			double base = BASE.get(origin);
			double[] mean = new double[WEEKS];
			for (int t = 0; t < WEEKS; t++) {
				mean[t] = base * Math.exp(0.25 * Math.sin(2 * Math.PI * t / 52.18) + 0.001 * t);
				if (origin.equals("AFR") && t >= WEEKS - 4) {
					mean[t] *= 3.5;
				}
			}
			for (int t = 0; t < WEEKS; t++) {
				counts[0][o][t] = negativeBinomial(random, mean[t], 25);
			}
			// each country sees most of the previous country's people of that week, LAGS weeks later
			for (int c = 1; c < countries; c++) {
				for (int t = 0; t < WEEKS; t++) {
					int source = t - LAGS[c - 1];
					double upstream = source < 0 ? mean[0] * Math.pow(0.92, c - 1) : counts[c - 1][o][source];
					counts[c][o][t] = negativeBinomial(random, Math.max(0.5, 0.92 * upstream), 60);
				}
			}
		}
		return counts;
	}

	/** A draw from NB(mean mu, size k) as a gamma–Poisson mixture. */
	private static double negativeBinomial(Random random, double mu, double k) {
		double lambda = gamma(random, k) * mu / k;
		// Poisson by normal approximation above 30, by inversion below
		if (lambda > 30) {
			return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * random.nextGaussian()));
		}
		double l = Math.exp(-lambda);
		double p = 1;
		int n = 0;
		do {
			n++;
			p *= random.nextDouble();
		}
		while (p > l);
		return n - 1;
	}

	/** Marsaglia–Tsang gamma(shape k, scale 1), k ≥ 1. */
	private static double gamma(Random random, double k) {
		double d = k - 1.0 / 3;
		double c = 1 / Math.sqrt(9 * d);
		while (true) {
			double x = random.nextGaussian();
			double v = Math.pow(1 + c * x, 3);
			if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
				return d * v;
			}
		}
	}
}
