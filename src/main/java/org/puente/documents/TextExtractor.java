package org.puente.documents;

import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToTextContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the text of a file with Apache Tika, bounded in size (a write limit) and in time (a timeout), so a
 * pathological file cannot stall the extraction queue. Tika's AutoDetectParser guards against zip bombs with its
 * SecureContentHandler; POI's ZipSecureFile does the same inside Office files.
 */
@Component
class TextExtractor {

	private static final Logger LOG = LoggerFactory.getLogger(TextExtractor.class);

	private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "documents-tika");
		thread.setDaemon(true);
		return thread;
	});

	private final int writeLimit;

	private final Duration timeout;

	TextExtractor(@Value("${puente.documents.extraction.write-limit:5000000}") int writeLimit,
			@Value("${puente.documents.extraction.timeout:60s}") Duration timeout) {
		this.writeLimit = writeLimit;
		this.timeout = timeout;
	}

	/** What came out: the text (maybe truncated), or the bundle key of why nothing could be read. */
	record Outcome(@Nullable String text, boolean truncated, @Nullable String failureKey) {
	}

	Outcome extract(byte[] bytes) {
		Future<Outcome> job = pool.submit(() -> parse(bytes));
		try {
			return job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			job.cancel(true);
			return new Outcome(null, false, "documents.extraction.timeout");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(null, false, "documents.extraction.timeout");
		}
		catch (ExecutionException ex) {
			return failure(ex.getCause());
		}
	}

	private Outcome parse(byte[] bytes) throws Exception {
		StringWriter text = new StringWriter();
		ParseContext context = new ParseContext();
		var limited = new WriteOutContentHandler(new ToTextContentHandler(text), writeLimit, false, context);
		try (TikaInputStream stream = TikaInputStream.get(bytes)) {
			new AutoDetectParser().parse(stream, new BodyContentHandler(limited), new Metadata(), context);
		}
		String result = text.toString().replace('\u0000', ' ').strip();
		return new Outcome(result, result.length() >= writeLimit - 1, null);
	}

	private static Outcome failure(Throwable cause) {
		String key;
		if (cause instanceof EncryptedDocumentException || hasCause(cause, "Encrypt")
				|| hasCause(cause, "password")) {
			key = "documents.extraction.encrypted";
		}
		else if (hasCause(cause, "Zip bomb") || hasCause(cause, "zip bomb") || hasCause(cause, "Suspected")
				|| hasCause(cause, "expansion") || hasCause(cause, "ratio")) {
			key = "documents.extraction.bomb";
		}
		else if (cause instanceof ZeroByteFileException) {
			key = "documents.upload.empty";
		}
		else {
			key = "documents.extraction.corrupt";
		}
		LOG.info("Could not read a document ({}): {}", key, cause.toString());
		return new Outcome(null, false, key);
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
}
