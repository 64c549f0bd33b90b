package org.puente.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.pipes.PipesResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one reader of uploaded files, for documents and minutes alike: the text and Tika's XHTML (headings, lists,
 * tables and bold kept, which is what tells minutes' items apart), bounded in size (a write limit), in time (a
 * timeout) and in memory: the parsing happens in a child JVM with a small heap ({@link ParserChildren}), so a
 * zip bomb or a pathological PDF kills that child, never this process, and other people's requests go on. The type
 * is detected from the bytes, never from the name, because files are often forwarded with a wrong or missing
 * extension. Plain text is given as written: Tika's text parser re-flows it, and the blank lines and indents it
 * drops are what tell items, wrapped lines and page breaks apart.
 *
 * <p>Usable without Spring ({@link #withDefaults()}), as the command-line extractor does: close it when done
 * (try-with-resources), which stops the children; otherwise they stop after five idle minutes, and the JVM waits
 * for that before it ends.
 */
public class TextReader implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(TextReader.class);

	public static final int DEFAULT_WRITE_LIMIT = 5_000_000;

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	public static final int DEFAULT_CHILDREN = 2;

	public static final String DEFAULT_CHILD_HEAP = "256m";

	private final int writeLimit;

	private final ParserChildren children;

	public TextReader(int writeLimit, Duration timeout) {
		this(writeLimit, timeout, DEFAULT_CHILDREN, DEFAULT_CHILD_HEAP);
	}

	/**
	 * @param children how many files may be parsed at once (each in its own child JVM)
	 * @param childHeap each child's largest heap, as for {@code -Xmx} (e.g. {@code 256m})
	 */
	public TextReader(int writeLimit, Duration timeout, int children, String childHeap) {
		this(writeLimit, timeout, children, childHeap, DEFAULT_QUEUE_PER_CHILD * children, DEFAULT_QUEUE_WAIT);
	}

	/**
	 * @param queue people's reads that may wait for a free child; one more is refused at once (a
	 * {@link org.puente.refusal.RefusalKind#BUSY} refusal, 503 with Retry-After)
	 * @param queueWait how long each of them waits for a child before it is refused the same way
	 */
	public TextReader(int writeLimit, Duration timeout, int children, String childHeap, int queue,
			Duration queueWait) {
		this.writeLimit = writeLimit;
		this.children = new ParserChildren(new ParserChildren.Settings(children, childHeap, timeout, writeLimit, queue,
				queueWait));
	}

	public static final int DEFAULT_QUEUE_PER_CHILD = 4;

	public static final Duration DEFAULT_QUEUE_WAIT = Duration.ofSeconds(20);

	/** Files read at once when not configured: one child JVM per two cores, at least one. */
	public static int defaultChildren() {
		return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
	}

	public static TextReader withDefaults() {
		return new TextReader(DEFAULT_WRITE_LIMIT, DEFAULT_TIMEOUT);
	}

	/**
	 * Reads one file while a person waits: when every child is busy and the short line for them is full (or too
	 * slow), refused with {@link org.puente.refusal.RefusalKind#BUSY} (a 503 with Retry-After).
	 *
	 * @param name only to word the log and error messages, and to break a tie the bytes leave open (short plain
	 * text in a legacy encoding, say); the type comes from the bytes
	 */
	public ReadText read(byte[] bytes, String name) throws UnreadableFileException {
		return read(bytes, name, false);
	}

	/** Reads one file for background work, which waits for a free child however long it takes. */
	ReadText readInBackground(byte[] bytes, String name) throws UnreadableFileException {
		return read(bytes, name, true);
	}

	private ReadText read(byte[] bytes, String name, boolean background) throws UnreadableFileException {
		if (bytes.length == 0) {
			throw new UnreadableFileException(UnreadableFileException.Reason.EMPTY, name + " is empty", null);
		}
		PipesResult result;
		try {
			result = children.parse(bytes, name, background);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw refusal(UnreadableFileException.Reason.TIMEOUT, name, "interrupted");
		}
		UnreadableFileException.Reason failure = ParseOutcome.failure(result);
		if (failure != null) {
			throw refusal(failure, name, ParseOutcome.cause(result));
		}
		Metadata metadata = ParseOutcome.metadata(result);
		MediaType type = MediaType.parse(String.valueOf(metadata.get(Metadata.CONTENT_TYPE)));
		String mediaType = type == null ? "application/octet-stream" : type.getBaseType().toString();
		if (type != null && "text".equals(type.getType())) {
			String text = plainText(bytes);
			boolean truncated = text.length() > writeLimit;
			return new ReadText(mediaType, truncated ? text.substring(0, writeLimit) : text, null, truncated);
		}
		String xhtml = XhtmlText.clean(String.valueOf(metadata.get(TikaCoreProperties.TIKA_CONTENT)));
		String text = XhtmlText.bodyText(xhtml);
		boolean truncated = ParseOutcome.truncated(result) || text.length() > writeLimit;
		return new ReadText(mediaType, (text.length() > writeLimit ? text.substring(0, writeLimit) : text).strip(),
				xhtml, truncated);
	}

	@Override
	public void close() {
		children.close();
	}

	/** UTF-8 when the bytes are valid UTF-8 (with or without a BOM), else Windows-1252, what older Word saves. */
	static String plainText(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, Charset.forName("windows-1252"));
		}
	}

	private static UnreadableFileException refusal(UnreadableFileException.Reason reason, String name, String cause) {
		LOG.info("Could not read {} ({}): {}", name, reason, cause);
		return new UnreadableFileException(reason, name + ": " + reason.name().toLowerCase(Locale.ROOT)
				+ (cause.isEmpty() ? "" : " (" + cause + ")"), null);
	}

	public static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}
}
