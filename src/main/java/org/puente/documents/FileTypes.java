package org.puente.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file really is, sniffed from its bytes by Tika's detector (magic numbers and container detection), never
 * taken from its name or the type the browser sent. The repository's uploads ({@link FileInspector}) and any other
 * module that receives a file (a consultation's file question) ask here.
 */
public final class FileTypes {

	/**
	 * Programs and scripts: what runs when opened, and so is passed on to nobody. A type counts when it or one of its
	 * supertypes is here (ELF's shared libraries and executables, VBScript as a kind of Basic…).
	 */
	private static final Set<String> PROGRAMS = Set.of("application/x-msdownload",
			"application/vnd.microsoft.portable-executable", "application/x-dosexec", "application/x-elf",
			"application/x-mach-o-executable", "application/x-msi", "application/java-archive", "application/x-sh",
			"application/x-csh", "application/x-bat", "application/x-powershell", "application/javascript",
			"text/javascript", "text/x-python", "text/x-perl", "text/x-php", "application/x-php", "text/x-vbscript");

	/** Tika reads its media-type catalogue when created: at the first upload, not at each start (issue 11). */
	private static final class Detector {

		static final Tika TIKA = new Tika();

		static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
	}

	private FileTypes() {
	}

	/** The sniffed media type, lower case and without parameters ("application/pdf"). */
	public static String detect(byte[] bytes) {
		try (TikaInputStream stream = TikaInputStream.get(bytes)) {
			return Detector.TIKA.detect(stream).toLowerCase(Locale.ROOT).replaceFirst(";.*$", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether a sniffed type is an executable or a script. */
	public static boolean isProgram(String detected) {
		for (MediaType t = MediaType.parse(detected); t != null; t = Detector.REGISTRY.getSupertype(t)) {
			if (PROGRAMS.contains(t.getBaseType().toString())) {
				return true;
			}
		}
		return false;
	}
}
