package org.puente.minutes;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * probe17 (measurement only): embeds the text of every candidate of a {@code ScoringFeatureExport} table, in its
 * order, and writes the vectors as little-endian float32 rows of 384 (numpy: {@code np.fromfile(F, '<f4')}); prints
 * the model's start-up time and the milliseconds per candidate on this one thread.
 * {@code java -cp … org.puente.minutes.EncodeCandidates FEATURES.tsv VECTORS.f32}
 */
public final class EncodeCandidates {

	private EncodeCandidates() {
	}

	public static void main(String[] args) throws Exception {
		List<String> lines = Files.readAllLines(Path.of(args[0]));
		int text = lines.get(0).split("\t").length - 1;
		long start = System.nanoTime();
		Encoder encoder = new Encoder();
		encoder.vector("warm up");
		System.out.printf("start-up (model loaded, first text embedded): %.0f ms%n", (System.nanoTime() - start) / 1e6);
		long characters = 0;
		long embedding = 0;
		ByteBuffer row = ByteBuffer.allocate(384 * 4).order(ByteOrder.LITTLE_ENDIAN);
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(Path.of(args[1]))))) {
			for (String line : lines.subList(1, lines.size())) {
				String[] cells = line.split("\t", -1);
				String t = String.join("\t", java.util.Arrays.copyOfRange(cells, text, cells.length));
				characters += Math.min(t.length(), Encoder.CHARS);
				long before = System.nanoTime();
				float[] v = encoder.vector(t);
				embedding += System.nanoTime() - before;
				row.clear();
				for (float x : v) {
					row.putFloat(x);
				}
				out.write(row.array());
			}
		}
		int n = lines.size() - 1;
		System.out.printf("%d candidates embedded in %.1f s: %.2f ms per candidate, %.0f characters each on average%n", n,
				embedding / 1e9, embedding / 1e6 / n, (double) characters / n);
	}
}
