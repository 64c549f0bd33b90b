package org.puente.database;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/** A request reads its session once, and saves it only when something in it changed or a minute went by. */
class QuietSessionsTests {

	final Store store = new Store();

	final QuietSessions.Repository sessions = new QuietSessions.Repository(store);

	@Test
	void oneReadPerRequestAndNoSaveWhenOnlyTheAccessTimeMovedALittle() throws Exception {
		MapSession stored = store.add(Instant.now().minusSeconds(10));
		request(() -> {
			Session first = sessions.findById(stored.getId());
			first.setLastAccessedTime(Instant.now());
			sessions.save(first);
			Session again = sessions.findById(stored.getId());
			assertThat(again).isSameAs(first);
			sessions.save(again);
		});
		assertThat(store.reads).containsExactly(stored.getId());
		assertThat(store.saves).isZero();

		request(() -> sessions.findById(stored.getId()));
		assertThat(store.reads).as("the next request reads it again").hasSize(2);
	}

	@Test
	void aChangeOrAMinuteIsSaved() throws Exception {
		MapSession stored = store.add(Instant.now().minusSeconds(10));
		request(() -> {
			Session session = sessions.findById(stored.getId());
			session.setAttribute("flash", "saved");
			sessions.save(session);
			sessions.save(session);
		});
		assertThat(store.saves).as("once: the second save has nothing new").isEqualTo(1);

		MapSession old = store.add(Instant.now().minusSeconds(61));
		request(() -> {
			Session session = sessions.findById(old.getId());
			session.setLastAccessedTime(Instant.now());
			sessions.save(session);
		});
		assertThat(store.saves).isEqualTo(2);

		request(() -> {
			Session session = sessions.findById(stored.getId());
			session.changeSessionId();
			sessions.save(session);
			Session created = sessions.createSession();
			sessions.save(created);
		});
		assertThat(store.saves).as("a new id, a new session").isEqualTo(4);
	}

	@Test
	void outsideARequestNothingIsRemembered() {
		MapSession stored = store.add(Instant.now());
		sessions.findById(stored.getId());
		sessions.findById(stored.getId());
		assertThat(store.reads).hasSize(2);
	}

	@Test
	void aDeletedSessionIsNotFoundAgainInTheSameRequest() throws Exception {
		MapSession stored = store.add(Instant.now());
		request(() -> {
			assertThat(sessions.findById(stored.getId())).isNotNull();
			sessions.deleteById(stored.getId());
			assertThat(sessions.findById(stored.getId())).isNull();
		});
	}

	private void request(Runnable work) throws Exception {
		HttpServlet servlet = new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse resp) {
				work.run();
			}
		};
		new QuietSessions.RequestBoundary().doFilter(new MockHttpServletRequest("GET", "/agreements/mine"),
				new MockHttpServletResponse(), new MockFilterChain(servlet));
	}

	/** Sessions in memory, counting reads and saves. */
	static final class Store implements FindByIndexNameSessionRepository<Session> {

		final Map<String, MapSession> sessions = new HashMap<>();

		final List<String> reads = new ArrayList<>();

		int saves;

		MapSession add(Instant lastAccess) {
			MapSession session = new MapSession();
			session.setLastAccessedTime(lastAccess);
			session.setMaxInactiveInterval(Duration.ofHours(8));
			sessions.put(session.getId(), session);
			return session;
		}

		@Override
		public Session createSession() {
			return new MapSession();
		}

		@Override
		public void save(Session session) {
			saves++;
			sessions.put(session.getId(), new MapSession(session));
		}

		@Override
		public Session findById(String id) {
			reads.add(id);
			MapSession session = sessions.get(id);
			return session == null ? null : new MapSession(session);
		}

		@Override
		public void deleteById(String id) {
			sessions.remove(id);
		}

		@Override
		public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}
	}
}
