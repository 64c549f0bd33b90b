package org.puente.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The public pages as last rendered for anonymous readers, per language and address (see {@link PublicPageFilter}).
 * Any change empties them at once on this node: a form or API call that changes something (any request that is not
 * a read), and any event a capability publishes, once its transaction has committed. Other nodes learn of it from
 * a version number in the database ({@code public_page_version}), bumped with each change and read by every node
 * once a second; a page also expires after {@code puente.pages.cache-seconds} (60 s) so that what depends on the
 * date alone (the next meetings, deadlines) moves on. See docs/performance.md.
 */
@Component
class PublicPages implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(PublicPages.class);

	/**
	 * One rendered page: its bytes, gzipped once for the browsers that accept it (null when too small to gain), the
	 * chain's headers to send again, and the validators of each of the two variants (a strong {@code ETag} each,
	 * {@code Content-Encoding} for the gzipped one). Headers are kept with their bytes, ready for Tomcat.
	 */
	record Page(byte[] body, byte @Nullable [] gzipped, Header contentType, String etag, String gzipEtag,
			long lastModified, List<Header> replayed, List<Header> validators, List<Header> gzipValidators) {

		long size() {
			return body.length + (gzipped == null ? 0 : gzipped.length);
		}
	}

	/** A response header, with its name and value in the bytes Tomcat writes (ISO-8859-1). */
	record Header(String name, String value, byte[] nameBytes, byte[] valueBytes) {

		static Header of(String name, String value) {
			return new Header(name, value, name.getBytes(StandardCharsets.ISO_8859_1),
					value.getBytes(StandardCharsets.ISO_8859_1));
		}
	}

	/** A kept page and when it expires. */
	private record Kept(Page page, long expiresAt) {
	}

	/** Below this, gzip saves less than a packet: the page goes as it is. */
	static final int GZIP_FROM_BYTES = 1024;

	private final Map<String, Kept> pages = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final AtomicLong bytes = new AtomicLong();

	private final JdbcTemplate jdbc;

	private volatile long ttlMillis;

	private final long maxBytes;

	private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "public-pages-version");
		thread.setDaemon(true);
		return thread;
	});

	private volatile long seenVersion = -1;

	PublicPages(JdbcTemplate jdbc, @Value("${puente.pages.cache-seconds:60}") long ttlSeconds,
			@Value("${puente.pages.cache-megabytes:64}") long maxMegabytes) {
		this.jdbc = jdbc;
		this.ttlMillis = Duration.ofSeconds(ttlSeconds).toMillis();
		this.maxBytes = maxMegabytes * 1024 * 1024;
	}

	@Nullable
	Page get(String key) {
		Kept kept = pages.get(key);
		if (kept == null) {
			return null;
		}
		if (kept.expiresAt() < System.currentTimeMillis()) {
			if (pages.remove(key, kept)) {
				bytes.addAndGet(-kept.page().size());
			}
			return null;
		}
		return kept.page();
	}

	/** How long a page is kept; 0 keeps none (the test profile, whose tests change rows behind the pages' back). */
	void keepFor(Duration ttl) {
		ttlMillis = ttl.toMillis();
		forget();
	}

	/** The generation a rendering starts in: a page rendered across a change is not kept. */
	long generation() {
		return generation.get();
	}

	/** Keeps a page rendered in generation {@code startedIn}, unless something changed since or there is no room. */
	void keep(String key, long startedIn, Page page) {
		if (ttlMillis > 0 && startedIn == generation.get() && bytes.get() + page.size() <= maxBytes) {
			Kept before = pages.put(key, new Kept(page, System.currentTimeMillis() + ttlMillis));
			bytes.addAndGet(page.size() - (before == null ? 0 : before.page().size()));
			if (startedIn != generation.get()) {
				forget(); // a change landed while storing: drop everything rather than keep a stale page
			}
		}
	}

	static byte @Nullable [] gzip(byte[] body) {
		if (body.length < GZIP_FROM_BYTES) {
			return null;
		}
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 4);
		try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
			zip.write(body);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Something public may have changed on this node: forget every page here and tell the other nodes. */
	void changed() {
		forget();
		try {
			Long version = jdbc.queryForObject(
					"update public_page_version set version = version + 1 where id = 1 returning version", Long.class);
			if (version != null) {
				seenVersion = version;
			}
		}
		catch (RuntimeException ex) {
			LOG.debug("Could not tell the other nodes that public pages changed: {}", ex.getMessage());
		}
	}

	private void forget() {
		generation.incrementAndGet();
		pages.clear();
		bytes.set(0);
	}

	/** A capability's event (a meeting scheduled, an agreement confirmed…): forget the pages once it is committed. */
	@EventListener
	void on(Object event) {
		if (!event.getClass().getName().startsWith("org.puente.")) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					changed();
				}
			});
		}
		else {
			changed();
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void followOtherNodes() {
		poller.scheduleWithFixedDelay(this::checkVersion, 1, 1, TimeUnit.SECONDS);
	}

	private void checkVersion() {
		try {
			Long version = jdbc.queryForObject("select version from public_page_version where id = 1", Long.class);
			if (version != null && version != seenVersion) {
				if (seenVersion != -1) {
					forget();
				}
				seenVersion = version;
			}
		}
		catch (RuntimeException ex) {
			LOG.debug("Could not read the public pages' version: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		poller.shutdownNow();
	}
}
