package org.puente.documents;

import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.TeeContentHandler;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * The one reader of uploaded files, for documents and minutes alike: the text and Tika's XHTML (headings, lists,
 * tables and bold kept, which is what tells minutes' items apart), bounded in size (a write limit) and in time (a
 * timeout), so a pathological file cannot stall a request or the extraction queue. The type is detected from the
 * bytes, never from the name, because files are often forwarded with a wrong or missing extension. Plain text is
 * given as written: Tika's text parser re-flows it, and the blank lines and indents it drops are what tell items,
 * wrapped lines and page breaks apart.
 *
 * <p>Usable without Spring ({@link #withDefaults()}), as the command-line extractor does.
 */
public class TextReader {

	private static final Logger LOG = LoggerFactory.getLogger(TextReader.class);

	public static final int DEFAULT_WRITE_LIMIT = 5_000_000;

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	// AutoDetectParser is thread-safe and costly to build (it loads every parser), so there is one.
	private static final AutoDetectParser PARSER = new AutoDetectParser();

	private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "text-reader");
		thread.setDaemon(true);
		return thread;
	});

	private final int writeLimit;

	private final Duration timeout;

	public TextReader(int writeLimit, Duration timeout) {
		this.writeLimit = writeLimit;
		this.timeout = timeout;
	}

	public static TextReader withDefaults() {
		return new TextReader(DEFAULT_WRITE_LIMIT, DEFAULT_TIMEOUT);
	}

	/**
	 * Reads one file.
	 *
	 * @param name only to word the log and error messages; the type comes from the bytes
	 */
	public ReadText read(byte[] bytes, String name) throws UnreadableFileException {
		if (bytes.length == 0) {
			throw new UnreadableFileException(UnreadableFileException.Reason.EMPTY, name + " is empty", null);
		}
		Future<ReadText> job = pool.submit(() -> parse(bytes, name));
		try {
			return job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			job.cancel(true);
			throw refusal(UnreadableFileException.Reason.TIMEOUT, name, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw refusal(UnreadableFileException.Reason.TIMEOUT, name, ex);
		}
		catch (ExecutionException ex) {
			throw refusal(reasonFor(ex.getCause()), name, ex.getCause());
		}
	}

	private ReadText parse(byte[] bytes, String name) throws Exception {
		try (TikaInputStream stream = TikaInputStream.get(bytes)) {
			Metadata metadata = new Metadata();
			// the name only breaks a tie the bytes leave open (short plain text in a legacy encoding, say)
			metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
			MediaType type = PARSER.getDetector().detect(stream, metadata);
			if ("text".equals(type.getType())) {
				String text = plainText(bytes);
				boolean truncated = text.length() > writeLimit;
				return new ReadText(type.getBaseType().toString(), truncated ? text.substring(0, writeLimit) : text,
						null, truncated);
			}
			ToXMLContentHandler xhtml = new ToXMLContentHandler();
			StringWriter text = new StringWriter();
			ParseContext context = new ParseContext();
			// one parse feeds both: the XHTML keeps the structure, the body text is what search indexes
			var both = new TeeContentHandler(xhtml, new BodyContentHandler(text));
			var limited = new WriteOutContentHandler(both, writeLimit, true, context);
			boolean truncated = false;
			try {
				PARSER.parse(stream, limited, metadata, context);
			}
			catch (SAXException | TikaException ex) {
				if (!WriteLimitReachedException.isWriteLimitReached(ex)) {
					throw ex;
				}
				truncated = true; // what was read up to the limit is kept
			}
			return new ReadText(type.getBaseType().toString(), clean(text.toString()).strip(),
					clean(xhtml.toString()), truncated);
		}
	}

	private static String clean(String extracted) {
		return extracted.replace('\u0000', ' ').replace("\uFEFF", "");
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

	private static UnreadableFileException refusal(UnreadableFileException.Reason reason, String name,
			@Nullable Throwable cause) {
		LOG.info("Could not read {} ({}): {}", name, reason, cause == null ? "" : cause.toString());
		return new UnreadableFileException(reason, name + ": " + reason.name().toLowerCase(java.util.Locale.ROOT)
				+ (cause == null ? "" : " (" + rootMessage(cause) + ")"), cause);
	}

	private static UnreadableFileException.Reason reasonFor(@Nullable Throwable cause) {
		if (cause instanceof EncryptedDocumentException || hasCause(cause, "Encrypt") || hasCause(cause, "password")) {
			return UnreadableFileException.Reason.ENCRYPTED;
		}
		if (hasCause(cause, "Zip bomb") || hasCause(cause, "zip bomb") || hasCause(cause, "Suspected")
				|| hasCause(cause, "expansion") || hasCause(cause, "ratio")) {
			return UnreadableFileException.Reason.BOMB;
		}
		if (cause instanceof ZeroByteFileException) {
			return UnreadableFileException.Reason.EMPTY;
		}
		return UnreadableFileException.Reason.CORRUPT;
	}

	/** Tika wraps what the parsers throw; look through the chain for the telling words. */
	private static boolean hasCause(@Nullable Throwable error, String words) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof EncryptedDocumentException || (t.getMessage() != null && t.getMessage().contains(words))
					|| t.getClass().getSimpleName().contains(words.replace(" ", ""))) {
				return true;
			}
			if (t instanceof TikaException && t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	public static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}
}
