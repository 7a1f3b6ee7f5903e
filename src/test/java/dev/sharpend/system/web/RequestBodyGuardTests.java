package dev.sharpend.system.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodyGuardTests {

	/** A clock that moves one second every time it is read. */
	private final AtomicLong nanos = new AtomicLong();

	private RequestBodyGuard guard(int readers, Duration budget) {
		return new RequestBodyGuard(readers, budget, () -> this.nanos.addAndGet(Duration.ofSeconds(1).toNanos()));
	}

	@Test
	void aJsonBodyThatTakesLongerThanTheBudgetEndsWith408() throws Exception {
		MockHttpServletRequest request = slowJson(200);
		MockHttpServletResponse response = new MockHttpServletResponse();
		guard(10, Duration.ofSeconds(5)).doFilter(request, response, new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res)
					throws IOException {
				req.getInputStream().readAllBytes();
				res.getWriter().write("handled");
			}
		});
		assertThat(response.getStatus()).isEqualTo(408);
		assertThat(response.getContentAsString()).contains("did not arrive within 5 seconds").doesNotContain("handled");
		assertThat(response.getHeader("Connection")).isEqualTo("close");
	}

	@Test
	void aBodyWithinTheBudgetReachesTheHandlerWhole() throws Exception {
		MockHttpServletRequest request = slowJson(3);
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<String> seen = new AtomicReference<>();
		guard(10, Duration.ofSeconds(30)).doFilter(request, response, new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res)
					throws IOException {
				seen.set(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
			}
		});
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(seen.get()).isEqualTo("   {\"a\":1}");
	}

	@Test
	void requestsBeyondTheConcurrentReadersAreTurnedAwayWithoutReadingTheirBody() throws Exception {
		RequestBodyGuard guard = guard(1, Duration.ofSeconds(30));
		MockHttpServletResponse second = new MockHttpServletResponse();
		AtomicReference<Boolean> secondRead = new AtomicReference<>(false);
		MockHttpServletRequest secondRequest = json("{}");
		// The first request is still receiving its body when the second arrives.
		guard.doFilter(json("{\"first\":true}"), new MockHttpServletResponse(), (req, res) -> {
			guard.doFilter(secondRequest, second, (req2, res2) -> secondRead.set(true));
		});
		assertThat(second.getStatus()).isEqualTo(503);
		assertThat(second.getHeader("Retry-After")).isEqualTo("1");
		assertThat(second.getContentAsString()).contains("Too many requests are sending their bodies");
		assertThat(secondRead.get()).isFalse();
		// Once the first is done, the next one is read again.
		MockHttpServletResponse third = new MockHttpServletResponse();
		guard.doFilter(json("{}"), third, new MockFilterChain());
		assertThat(third.getStatus()).isEqualTo(200);
	}

	@Test
	void aReaderIsFreedAsSoonAsItsWholeBodyIsIn() throws Exception {
		RequestBodyGuard guard = guard(1, Duration.ofSeconds(30));
		MockHttpServletResponse second = new MockHttpServletResponse();
		guard.doFilter(json("{\"first\":true}"), new MockHttpServletResponse(), (req, res) -> {
			req.getInputStream().readAllBytes();
			// still handling the first request, but its body is in
			guard.doFilter(json("{}"), second, new MockFilterChain());
		});
		assertThat(second.getStatus()).isEqualTo(200);
	}

	@Test
	void aBodyTheHandlerIgnoresIsLeftToTheEngineValveWithItsPermitAndDeadline() throws Exception {
		RequestBodyGuard guard = guard(1, Duration.ofSeconds(30));
		MockHttpServletRequest request = json("{\"ignored\":true}");
		request.setAttribute(UnreadBodyValve.PRESENT, true);
		guard.doFilter(request, new MockHttpServletResponse(), (req, res) -> res.getWriter().write("refused"));

		UnreadBodyValve.Unread unread = (UnreadBodyValve.Unread) request.getAttribute(UnreadBodyValve.HANDOVER);
		assertThat(unread).isNotNull();
		assertThat(request.getAttribute(UnreadBodyValve.CLOSE)).isNull();
		// the permit stays taken until the valve has read the rest
		MockHttpServletResponse meanwhile = new MockHttpServletResponse();
		guard.doFilter(json("{}"), meanwhile, new MockFilterChain());
		assertThat(meanwhile.getStatus()).isEqualTo(503);
		unread.release().run();
		MockHttpServletResponse after = new MockHttpServletResponse();
		guard.doFilter(json("{}"), after, new MockFilterChain());
		assertThat(after.getStatus()).isEqualTo(200);
	}

	@Test
	void withoutTheEngineValveAnUnreadBodyClosesTheConnection() throws Exception {
		MockHttpServletRequest request = json("{\"ignored\":true}");
		guard(10, Duration.ofSeconds(30)).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
		assertThat(request.getAttribute(UnreadBodyValve.CLOSE)).isEqualTo(true);
		assertThat(request.getAttribute(UnreadBodyValve.HANDOVER)).isNull();
	}

	@Test
	void requestsWithoutABodyAreNeverHeldBack() throws Exception {
		RequestBodyGuard guard = guard(1, Duration.ofSeconds(30));
		MockHttpServletResponse page = new MockHttpServletResponse();
		guard.doFilter(json("{\"first\":true}"), new MockHttpServletResponse(), (req, res) -> guard
			.doFilter(new MockHttpServletRequest("GET", "/p/status"), page, new MockFilterChain()));
		assertThat(page.getStatus()).isEqualTo(200);
	}

	@Test
	void formFieldsAreReadFromTheBodyAndJoinTheQueryParameters() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/users");
		request.setContentType("application/x-www-form-urlencoded");
		request.setContent("a=1&name=Ren%C3%A9e+M&a=2&empty=&flag".getBytes(StandardCharsets.ISO_8859_1));
		request.setParameter("q", "from-query");
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		guard(10, Duration.ofSeconds(30)).doFilter(request, new MockHttpServletResponse(),
				(req, res) -> seen.set((HttpServletRequest) req));
		HttpServletRequest handled = seen.get();
		assertThat(handled.getParameterValues("a")).containsExactly("1", "2");
		assertThat(handled.getParameter("name")).isEqualTo("Renée M");
		assertThat(handled.getParameter("q")).isEqualTo("from-query");
		assertThat(handled.getParameter("empty")).isEmpty();
		assertThat(handled.getParameter("flag")).isEmpty();
		assertThat(handled.getParameterMap()).containsKeys("a", "name", "q", "empty", "flag");
		// a signature over the raw form (Slack's) can still be checked
		assertThat(new String(handled.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1))
			.isEqualTo("a=1&name=Ren%C3%A9e+M&a=2&empty=&flag");
	}

	@Test
	void aMalformedFormIsToldToWhoeverReadsItsParameters() throws Exception {
		for (String body : new String[] { "a=1&broken=%zz", "a=%C3%28", "a=%4" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/users");
			request.setContentType("application/x-www-form-urlencoded");
			request.setContent(body.getBytes(StandardCharsets.ISO_8859_1));
			AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
			guard(10, Duration.ofSeconds(30)).doFilter(request, new MockHttpServletResponse(),
					(req, res) -> seen.set((HttpServletRequest) req));
			org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
				.as(body)
				.isThrownBy(() -> seen.get().getParameterMap());
		}
	}

	@Test
	void aFormThatTakesLongerThanTheBudgetNeverReachesTheHandler() throws Exception {
		byte[] body = "email=a%40example.com&password=secret-secret".getBytes(StandardCharsets.US_ASCII);
		MockHttpServletRequest trickling = new MockHttpServletRequest("POST", "/login") {
			@Override
			public ServletInputStream getInputStream() {
				return new OneByteAtATime(new ByteArrayInputStream(body));
			}
		};
		trickling.setContentType("application/x-www-form-urlencoded");
		trickling.setContent(body);
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<Boolean> handled = new AtomicReference<>(false);
		guard(10, Duration.ofSeconds(10)).doFilter(trickling, response, (req, res) -> handled.set(true));
		assertThat(response.getStatus()).isEqualTo(408);
		assertThat(handled.get()).isFalse();
	}

	private static MockHttpServletRequest json(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/incidents");
		request.setContentType("application/json");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

	/**
	 * A JSON body of {@code padding} spaces and a small object, arriving a byte a read.
	 */
	private static MockHttpServletRequest slowJson(int padding) {
		byte[] body = (" ".repeat(padding) + "{\"a\":1}").getBytes(StandardCharsets.UTF_8);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/incidents") {
			@Override
			public ServletInputStream getInputStream() {
				return new OneByteAtATime(new ByteArrayInputStream(body));
			}
		};
		request.setContentType("application/json");
		request.setContent(body);
		return request;
	}

	/** As a slow client's body arrives: every read returns at most one byte. */
	private static final class OneByteAtATime extends ServletInputStream {

		private final InputStream in;

		OneByteAtATime(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			return this.in.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			return this.in.read(buffer, offset, Math.min(1, length));
		}

		@Override
		public boolean isFinished() {
			return false;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
		}

	}

}
