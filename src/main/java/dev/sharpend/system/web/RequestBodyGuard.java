package dev.sharpend.system.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.system.ProblemResponses;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps clients that send their request bodies slowly from taking every request thread.
 * Tomcat hands a request to a thread as soon as its headers have arrived, and the thread
 * then blocks while the body trickles in; two hundred such clients once held every
 * thread, and the public status page stopped answering.
 * <p>
 * Two bounds: only so many requests may be receiving a body at once (the rest of the
 * threads stay free for reads such as the public page; a request over the bound gets 503
 * without its body being read), and a body must arrive whole within a time budget, or the
 * request ends with 408. Tomcat's own read timeout only bounds the wait for each next
 * byte, which a client sending a byte every few seconds never reaches.
 */
class RequestBodyGuard extends OncePerRequestFilter {

	static final String BUSY = "Too many requests are sending their bodies at once, so this one was not read and "
			+ "nothing was changed. Send it again in a moment.";

	static final String TOO_SLOW = "The request body did not arrive within %d seconds, so nothing was changed. "
			+ "Send it again.";

	/** Tomcat's own limit on a form body ({@code maxPostSize}). */
	private static final int MAX_FORM_BYTES = 2 * 1024 * 1024;

	private final Semaphore readers;

	private final long budgetNanos;

	private final LongSupplier nanoTime;

	RequestBodyGuard(int concurrentReaders, Duration budget) {
		this(concurrentReaders, budget, System::nanoTime);
	}

	RequestBodyGuard(int concurrentReaders, Duration budget, LongSupplier nanoTime) {
		this.readers = new Semaphore(Math.max(1, concurrentReaders));
		this.budgetNanos = budget.toNanos();
		this.nanoTime = nanoTime;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesBody(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (!this.readers.tryAcquire()) {
			request.setAttribute(UnreadBodyValve.CLOSE, true);
			response.setHeader(HttpHeaders.CONNECTION, "close");
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			ProblemResponses.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, BUSY);
			return;
		}
		Permit permit = new Permit(this.readers);
		long deadline = this.nanoTime.getAsLong() + this.budgetNanos;
		try {
			GuardedRequest guarded = new GuardedRequest(request, permit, deadline, this.nanoTime,
					(int) Duration.ofNanos(this.budgetNanos).toSeconds());
			if (guarded.isUrlEncodedForm()) {
				try {
					guarded.readForm();
				}
				catch (BodyTooSlow ex) {
					tooSlow(request, response, ex);
					return;
				}
				catch (IOException ex) {
					// Tomcat's wait for the next bytes ran out, or the client went away:
					// either way there is no whole form to act on.
					try {
						tooSlow(request, response, new BodyTooSlow(guarded.budgetSeconds));
					}
					catch (IOException gone) {
						// the client is not listening any more
					}
					return;
				}
			}
			try {
				chain.doFilter(guarded, response);
			}
			catch (IOException | ServletException | RuntimeException ex) {
				BodyTooSlow slow = causeOf(ex);
				if (slow == null || response.isCommitted()) {
					throw ex;
				}
				response.reset();
				tooSlow(request, response, slow);
			}
		}
		finally {
			if (permit.held() && request.getAttribute(UnreadBodyValve.CLOSE) == null
					&& request.getAttribute(UnreadBodyValve.PRESENT) != null) {
				// Answered without reading the whole body (refused before reading it, or
				// a
				// body the handler ignores). The engine valve reads the rest once the
				// answer
				// is written, still under the deadline and this permit, so that a client
				// that
				// sent it keeps its connection; one still trickling is cut off.
				request.setAttribute(UnreadBodyValve.HANDOVER, new UnreadBodyValve.Unread(deadline, permit::release));
			}
			else {
				if (permit.held()) {
					request.setAttribute(UnreadBodyValve.CLOSE, true);
				}
				permit.release();
			}
		}
	}

	private static void tooSlow(HttpServletRequest request, HttpServletResponse response, BodyTooSlow ex)
			throws IOException {
		request.setAttribute(UnreadBodyValve.CLOSE, true);
		response.setHeader(HttpHeaders.CONNECTION, "close");
		ProblemResponses.write(request, response, HttpStatus.REQUEST_TIMEOUT, ex.getMessage());
	}

	private static BodyTooSlow causeOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooSlow slow) {
				return slow;
			}
		}
		return null;
	}

	static boolean carriesBody(HttpServletRequest request) {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method)) {
			return false;
		}
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	/** Given back once, when the body is in or the request ends, whichever is first. */
	private static final class Permit {

		private final Semaphore semaphore;

		private final AtomicBoolean held = new AtomicBoolean(true);

		Permit(Semaphore semaphore) {
			this.semaphore = semaphore;
		}

		boolean held() {
			return this.held.get();
		}

		void release() {
			if (this.held.compareAndSet(true, false)) {
				this.semaphore.release();
			}
		}

	}

	static final class BodyTooSlow extends IOException {

		BodyTooSlow(int seconds) {
			super(TOO_SLOW.formatted(seconds));
		}

	}

	/**
	 * Reads the body against the deadline. A URL-encoded form is read here, ahead of the
	 * security filters (CSRF reads its token from the form), because Tomcat would parse
	 * it from its own buffer, past any stream this wrapper hands out.
	 */
	private static final class GuardedRequest extends HttpServletRequestWrapper {

		private final Permit permit;

		private final long deadline;

		private final LongSupplier nanoTime;

		private final int budgetSeconds;

		private Map<String, String[]> form;

		/** The form's raw bytes: a chat command's signature is computed over them. */
		private byte[] formBody;

		private IllegalArgumentException malformed;

		private ServletInputStream stream;

		GuardedRequest(HttpServletRequest request, Permit permit, long deadline, LongSupplier nanoTime,
				int budgetSeconds) {
			super(request);
			this.permit = permit;
			this.deadline = deadline;
			this.nanoTime = nanoTime;
			this.budgetSeconds = budgetSeconds;
		}

		boolean isUrlEncodedForm() {
			String type = getContentType();
			return "POST".equals(getMethod()) && type != null
					&& type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
		}

		void readForm() throws IOException {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			try (InputStream in = getInputStream()) {
				byte[] buffer = new byte[8192];
				int read;
				while ((read = in.read(buffer)) != -1) {
					if (body.size() + read > MAX_FORM_BYTES) {
						break;
					}
					body.write(buffer, 0, read);
				}
			}
			// Tomcat skips the body once the stream was taken, so this gives the query
			// string's parameters only. Whatever is malformed is told to the first reader
			// of
			// the parameters (RequestParameterFilter answers it), as Tomcat would.
			Map<String, String[]> parameters;
			try {
				parameters = new LinkedHashMap<>(super.getParameterMap());
			}
			catch (IllegalArgumentException ex) {
				this.malformed = ex;
				parameters = new LinkedHashMap<>();
			}
			Charset charset = charset();
			for (String pair : body.toString(StandardCharsets.ISO_8859_1).split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int equals = pair.indexOf('=');
				String name;
				String value;
				try {
					name = decode((equals < 0) ? pair : pair.substring(0, equals), charset);
					value = (equals < 0) ? "" : decode(pair.substring(equals + 1), charset);
				}
				catch (IllegalArgumentException ex) {
					this.malformed = (this.malformed != null) ? this.malformed : ex;
					continue;
				}
				String[] values = parameters.get(name);
				String[] grown = (values == null) ? new String[1] : java.util.Arrays.copyOf(values, values.length + 1);
				grown[grown.length - 1] = value;
				parameters.put(name, grown);
			}
			this.form = Collections.unmodifiableMap(parameters);
			this.formBody = body.toByteArray();
		}

		private Charset charset() {
			String encoding = getCharacterEncoding();
			try {
				return (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			}
			catch (RuntimeException ex) {
				return StandardCharsets.UTF_8;
			}
		}

		/**
		 * Decodes one name or value of a form, whose characters are the body's bytes; a
		 * broken %-escape or bytes that are not in the charset make it malformed.
		 */
		static String decode(String encoded, Charset charset) {
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(encoded.length());
			for (int i = 0; i < encoded.length(); i++) {
				char c = encoded.charAt(i);
				if (c == '+') {
					bytes.write(' ');
				}
				else if (c == '%') {
					int high = (i + 2 < encoded.length()) ? Character.digit(encoded.charAt(i + 1), 16) : -1;
					int low = (high >= 0) ? Character.digit(encoded.charAt(i + 2), 16) : -1;
					if (low < 0) {
						throw new IllegalArgumentException("a % without two hex digits in the form");
					}
					bytes.write(high * 16 + low);
					i += 2;
				}
				else {
					bytes.write(c);
				}
			}
			try {
				return charset.newDecoder()
					.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
					.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
					.decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
					.toString();
			}
			catch (java.nio.charset.CharacterCodingException ex) {
				throw new IllegalArgumentException("form bytes that are not " + charset.name());
			}
		}

		private void failIfMalformed() {
			if (this.malformed != null) {
				throw new IllegalArgumentException(this.malformed.getMessage(), this.malformed);
			}
		}

		@Override
		public String getParameter(String name) {
			failIfMalformed();
			if (this.form == null) {
				return super.getParameter(name);
			}
			String[] values = this.form.get(name);
			return (values == null) ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			failIfMalformed();
			return (this.form != null) ? this.form : super.getParameterMap();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			failIfMalformed();
			return (this.form != null) ? Collections.enumeration(this.form.keySet()) : super.getParameterNames();
		}

		@Override
		public String[] getParameterValues(String name) {
			failIfMalformed();
			if (this.form == null) {
				return super.getParameterValues(name);
			}
			String[] values = this.form.get(name);
			return (values == null) ? null : values.clone();
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.formBody != null) {
				return new ReadBody(this.formBody);
			}
			if (this.stream == null) {
				this.stream = new DeadlineStream(super.getInputStream());
			}
			return this.stream;
		}

		@Override
		public java.io.BufferedReader getReader() throws UnsupportedEncodingException {
			try {
				String encoding = getCharacterEncoding();
				return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
						(encoding != null) ? encoding : StandardCharsets.UTF_8.name()));
			}
			catch (UnsupportedEncodingException ex) {
				throw ex;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		private static final class ReadBody extends ServletInputStream {

			private final java.io.ByteArrayInputStream in;

			ReadBody(byte[] body) {
				this.in = new java.io.ByteArrayInputStream(body);
			}

			@Override
			public int read() {
				return this.in.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return this.in.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return this.in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new IllegalStateException("The form was read already");
			}

		}

		private final class DeadlineStream extends ServletInputStream {

			private final ServletInputStream in;

			private final long length = getContentLengthLong();

			private long received;

			DeadlineStream(ServletInputStream in) {
				this.in = in;
			}

			@Override
			public int read() throws IOException {
				check();
				int read = this.in.read();
				done((read == -1) ? -1 : 1);
				return read;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				check();
				return done(this.in.read(buffer, offset, length));
			}

			private void check() throws BodyTooSlow {
				if (GuardedRequest.this.nanoTime.getAsLong() - GuardedRequest.this.deadline > 0) {
					throw new BodyTooSlow(GuardedRequest.this.budgetSeconds);
				}
			}

			/**
			 * The permit goes back as soon as the whole body is in, not when the request
			 * ends.
			 */
			private int done(int read) throws BodyTooSlow {
				if (read > 0) {
					this.received += read;
				}
				if (read == -1 || (this.length >= 0 && this.received >= this.length)) {
					GuardedRequest.this.permit.release();
				}
				else {
					check();
				}
				return read;
			}

			@Override
			public boolean isFinished() {
				return this.in.isFinished();
			}

			@Override
			public boolean isReady() {
				return this.in.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				this.in.setReadListener(listener);
			}

		}

	}

}
