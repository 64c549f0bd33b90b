package org.puente.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesClient;
import org.apache.tika.pipes.PipesConfigBase;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.jspecify.annotations.Nullable;

/**
 * A small pool of child JVMs that parse files with Tika's pipes ({@link PipesClient} on this side, Tika's
 * {@code PipesServer} started by {@link ParserProcess} on the other). Each child has a small heap and a time
 * limit: a zip bomb or a parser stuck in a loop kills that child only, and the next read starts a fresh one. The
 * children are reused (started on first use, restarted after a few hundred files or ten idle minutes), so an
 * ordinary file costs a round trip, not a JVM start-up. Children idle for five minutes are stopped.
 *
 * <p>The file travels as a temporary file in a directory only this process may read; it is deleted after the read.
 */
final class ParserChildren implements AutoCloseable {

	private static final String FETCHER = "uploads";

	private static final Duration IDLE = Duration.ofMinutes(5);

	/**
	 * Settings of the children.
	 *
	 * @param queue people's reads that may wait for a child, each for at most {@code queueWait} (see
	 * {@link ParseLimiter})
	 */
	record Settings(int children, String heap, Duration timeout, int writeLimit, int queue, Duration queueWait) {
	}

	private final Settings settings;

	private final Path directory;

	private final Path files;

	private final PipesConfigBase config;

	private final BlockingQueue<Child> idle;

	private final ParseLimiter limiter;

	private final List<Child> all = new CopyOnWriteArrayList<>();

	/** Tika's client keeps a non-daemon thread per child: children idle this long are stopped, so a JVM can end. */
	private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "parser-children-reaper");
		thread.setDaemon(true);
		return thread;
	});

	ParserChildren(Settings settings) {
		this.settings = settings;
		try {
			this.directory = Files.createTempDirectory("puente-parser-",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			this.files = Files.createDirectory(directory.resolve("files"));
			Path tikaConfig = directory.resolve("tika-config.xml");
			Files.writeString(tikaConfig, tikaConfig(files), StandardCharsets.UTF_8);
			this.config = pipesConfig(tikaConfig, settings);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the parser children's folder", ex);
		}
		this.limiter = new ParseLimiter(settings.children(), settings.queue(), settings.queueWait());
		this.idle = new ArrayBlockingQueue<>(settings.children());
		for (int i = 0; i < settings.children(); i++) {
			idle.add(newChild());
		}
		reaper.scheduleWithFixedDelay(this::stopIdleChildren, 30, 30, TimeUnit.SECONDS);
	}

	/** One child: Tika's client and when it last worked (its JVM starts on its first file). */
	private static final class Child {

		final PipesClient client;

		volatile long lastUsed = 0;

		Child(PipesClient client) {
			this.client = client;
		}
	}

	private Child newChild() {
		Child child = new Child(new PipesClient(config));
		all.add(child);
		return child;
	}

	private void stopIdleChildren() {
		long now = System.currentTimeMillis();
		for (Child child : List.copyOf(idle)) {
			if (child.lastUsed > 0 && now - child.lastUsed > IDLE.toMillis() && idle.remove(child)) {
				stop(child);
				idle.add(newChild());
			}
		}
	}

	private void stop(Child child) {
		all.remove(child);
		try {
			child.client.close();
		}
		catch (IOException ex) {
			// the child dies with its standard input anyway
		}
	}

	/**
	 * Parses one file in a child and gives Tika's answer: the XHTML and metadata, or what went wrong (OOM,
	 * TIMEOUT, a crash, a parse exception with its stack trace).
	 *
	 * @param name the file's name, whose extension breaks ties the bytes leave open
	 * @param background whether the scheduler reads it (waits as long as it takes) rather than a person's request
	 * (waits in a short line, else refused as BUSY: see {@link ParseLimiter})
	 */
	PipesResult parse(byte[] bytes, String name, boolean background) throws InterruptedException {
		if (background) {
			limiter.enterInBackground();
		}
		else {
			limiter.enter();
		}
		try {
			return parse(bytes, name, idle.take()); // a turn means a child is free, or about to be put back
		}
		finally {
			limiter.leave();
		}
	}

	private PipesResult parse(byte[] bytes, String name, Child child) throws InterruptedException {
		Path file = files.resolve(UUID.randomUUID() + extension(name));
		try {
			Files.write(file, bytes);
			ParseContext context = new ParseContext();
			context.set(HandlerConfig.class, new HandlerConfig(BasicContentHandlerFactory.HANDLER_TYPE.XML,
					HandlerConfig.PARSE_MODE.CONCATENATE, settings.writeLimit(), -1, true));
			child.lastUsed = System.currentTimeMillis();
			return child.client.process(new FetchEmitTuple(file.getFileName().toString(),
					new FetchKey(FETCHER, file.getFileName().toString()), new EmitKey("", ""), new Metadata(), context,
					FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			child.lastUsed = System.currentTimeMillis();
			idle.add(child);
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// the folder goes at close
			}
		}
	}

	@Override
	public void close() {
		reaper.shutdownNow();
		List.copyOf(all).forEach(this::stop);
		// a child still parsing does not read its closed input: it must not outlive this process by minutes
		ProcessHandle.current().descendants()
			.filter(p -> p.info().commandLine().map(c -> c.contains("PipesServer")).orElse(false))
			.forEach(ProcessHandle::destroyForcibly);
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind
		}
	}

	/** Only a short, plain extension is kept: the name itself never reaches the file system. */
	static String extension(@Nullable String name) {
		if (name == null) {
			return "";
		}
		int dot = name.lastIndexOf('.');
		String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		return ext.matches("[a-z0-9]{1,8}") ? "." + ext : "";
	}

	private static String tikaConfig(Path files) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<properties>
				  <fetchers>
				    <fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
				      <name>%s</name>
				      <basePath>%s</basePath>
				    </fetcher>
				  </fetchers>
				  <metadataFilters>
				    <metadataFilter class="%s"/>
				  </metadataFilters>
				</properties>
				""".formatted(FETCHER, xml(files.toAbsolutePath().toString()), ParserOutputCap.class.getName());
	}

	private static PipesConfigBase pipesConfig(Path tikaConfig, Settings settings) {
		PipesConfigBase config = new PipesConfigBase();
		config.setTikaConfig(tikaConfig);
		config.setJavaPath(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		config.setNumClients(settings.children());
		config.setTimeoutMillis(settings.timeout().toMillis());
		config.setStartupTimeoutMillis(120_000);
		config.setMaxFilesProcessedPerProcess(500);
		config.setShutdownClientAfterMillis(IDLE.multipliedBy(2).toMillis()); // this side stops them first
		config.setMaxForEmitBatchBytes(-1); // every result comes back to this process; the child emits nothing
		List<String> args = new ArrayList<>(List.of("-Xmx" + settings.heap(), "-XX:+UseSerialGC",
				"-Dfile.encoding=UTF-8", "-D" + ParserOutputCap.PROPERTY + "=" + (4L * settings.writeLimit() + 100_000)));
		args.addAll(launch());
		config.setForkedJvmArgs(args);
		return config;
	}

	/**
	 * How to start {@link ParserProcess} with this JVM's classes. From a plain class path (tests, the command
	 * line) directly; from the Spring Boot jar, through its launcher, which knows where the libraries are nested.
	 * Tika appends its server's class name and arguments; {@link ParserProcess} drops the class name.
	 */
	static List<String> launch() {
		String classPath = System.getProperty("java.class.path");
		if (ClassLoader.getSystemClassLoader().getResource("org/apache/tika/pipes/PipesServer.class") != null) {
			return List.of("-cp", classPath, ParserProcess.class.getName());
		}
		return List.of("-cp", Path.of(classPath).toAbsolutePath().toString(),
				"-Dloader.main=" + ParserProcess.class.getName(),
				"org.springframework.boot.loader.launch.PropertiesLauncher");
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
