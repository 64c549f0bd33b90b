package org.puente.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing the one reader of uploads: damaged DOCX, PDF and ODT files (bytes flipped, cut short, spliced) and plain
 * noise. Whatever comes in, the answer is text or a refusal with a reason a person is told — never another
 * exception (which would be a 500) — and this JVM's heap stays flat, since parsing happens in the children.
 *
 * <p>The default run tries {@code jqwik.tries.default} inputs (a short seed run, see junit-platform.properties);
 * {@code ./puente bench fuzz} runs thousands.
 */
class TextReaderFuzzTests {

	private static TextReader reader;

	private static List<byte[]> seeds;

	private static long heapBefore;

	@BeforeContainer
	static void start() throws Exception {
		reader = new TextReader(200_000, java.time.Duration.ofSeconds(20), 2, "128m");
		seeds = List.of(new TestFiles().docx("Acta final", "1. Enviar el informe a la ST de la CSM"), pdf(), odt(),
				"Acuerdos\n\n1. Intercambiar información\n".getBytes(StandardCharsets.UTF_8));
		heapBefore = usedHeap();
	}

	@AfterContainer
	static void stop() {
		reader.close();
		assertThat(usedHeap() - heapBefore).as("heap growth over the fuzz run").isLessThan(150L * 1024 * 1024);
	}

	@Property(shrinking = net.jqwik.api.ShrinkingMode.OFF)
	void aDamagedFileIsReadOrRefusedWithAReason(@ForAll("damagedFiles") byte[] file) {
		try {
			ReadText read = reader.read(file, "fuzz.bin");
			assertThat(read.text()).isNotNull();
			assertThat(read.text().length()).isLessThanOrEqualTo(200_000);
		}
		catch (UnreadableFileException refused) {
			assertThat(refused.reason()).isNotNull();
			assertThat(org.puente.web.RefusalStatus.of(refused.kind()).is4xxClientError()).isTrue();
		}
	}

	@Provide
	Arbitrary<byte[]> damagedFiles() {
		Arbitrary<byte[]> seed = Arbitraries.of(seeds);
		Arbitrary<byte[]> flipped = Combinators.combine(seed, Arbitraries.integers().between(1, 40),
				Arbitraries.longs()).as(TextReaderFuzzTests::flip);
		Arbitrary<byte[]> cut = Combinators.combine(seed, Arbitraries.doubles().between(0.01, 0.99))
			.as((bytes, at) -> java.util.Arrays.copyOf(bytes, Math.max(1, (int) (bytes.length * at))));
		Arbitrary<byte[]> spliced = Combinators.combine(seed, seed, Arbitraries.doubles().between(0.05, 0.95))
			.as((a, b, at) -> {
				int split = (int) (a.length * at);
				byte[] out = java.util.Arrays.copyOf(a, split + b.length - Math.min(split, b.length - 1));
				System.arraycopy(b, Math.min(split, b.length - 1), out, split, b.length - Math.min(split, b.length - 1));
				return out;
			});
		Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4096);
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, flipped), net.jqwik.api.Tuple.of(2, cut),
				net.jqwik.api.Tuple.of(2, spliced), net.jqwik.api.Tuple.of(1, noise));
	}

	static byte[] flip(byte[] seed, int flips, long salt) {
		byte[] out = seed.clone();
		java.util.Random random = new java.util.Random(salt);
		for (int i = 0; i < flips; i++) {
			out[random.nextInt(out.length)] = (byte) random.nextInt(256);
		}
		return out;
	}

	static byte[] pdf() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document();
		PdfWriter.getInstance(doc, out);
		doc.open();
		doc.add(new Paragraph("Acta final de la reunión virtual CRM-CSM"));
		doc.add(new Paragraph("1. Las ST actualizarán el calendario."));
		doc.close();
		return out.toByteArray();
	}

	/** A minimal OpenDocument text, as LibreOffice writes it (mimetype first, stored). */
	static byte[] odt() throws Exception {
		return TestFiles.odt("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\""
				+ "urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:"
				+ "xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:text><text:p>Minuta de la reunión"
				+ "</text:p><text:p>Acuerdo: compartir insumos</text:p></office:text></office:body>"
				+ "</office:document-content>");
	}

	static long usedHeap() {
		System.gc();
		return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
	}
}
