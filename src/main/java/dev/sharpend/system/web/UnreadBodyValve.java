package dev.sharpend.system.web;

import java.io.IOException;
import java.nio.ByteBuffer;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

/**
 * Finishes what {@link RequestBodyGuard} started for a request answered without reading
 * its whole body. Tomcat would read ("swallow") the rest after the answer to keep the
 * connection, blocking the thread for as long as a client takes to send it, without any
 * bound. Here the rest is read under the guard's deadline while its permit is still held;
 * a client that sent it keeps its connection, and one that is still trickling, or was
 * refused, has it closed once the answer is written.
 * <p>
 * A valve on the engine, outermost: it runs after the host has written any error page,
 * and it can still reach Tomcat's own request and response (the servlet's input is closed
 * once its answer was).
 */
class UnreadBodyValve extends ValveBase {

	/** Set by the valve on every request, so the guard knows it will finish its work. */
	static final String PRESENT = UnreadBodyValve.class.getName() + ".present";

	/** Set by the guard: the body must not be read any further. */
	static final String CLOSE = UnreadBodyValve.class.getName() + ".close";

	/** Set by the guard: the rest of the body is left to read, see {@link Unread}. */
	static final String HANDOVER = UnreadBodyValve.class.getName() + ".unread";

	/** Bodies no longer than Tomcat swallows by default are worth reading for nothing. */
	private static final long MAX_DRAINED = 2 * 1024 * 1024;

	UnreadBodyValve() {
		super(true);
	}

	/**
	 * A body left to read.
	 *
	 * @param deadline when it must be in, in {@link System#nanoTime()}
	 * @param release gives back the guard's permit
	 */
	record Unread(long deadline, Runnable release) {
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		request.setAttribute(PRESENT, Boolean.TRUE);
		try {
			getNext().invoke(request, response);
		}
		finally {
			Unread unread = (Unread) request.getAttribute(HANDOVER);
			try {
				boolean close = (unread != null) ? !drained(request.getCoyoteRequest(), unread.deadline())
						: request.getAttribute(CLOSE) != null;
				if (close && !request.isAsync() && !request.getCoyoteRequest().isFinished()) {
					// Finish the answer first: closing now discards whatever is still
					// buffered.
					response.finishResponse();
					response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
				}
			}
			finally {
				if (unread != null) {
					unread.release().run();
				}
			}
		}
	}

	private static boolean drained(org.apache.coyote.Request request, long deadline) {
		Sink sink = new Sink();
		long total = 0;
		try {
			while (!request.isFinished()) {
				if (System.nanoTime() - deadline > 0 || total > MAX_DRAINED) {
					return false;
				}
				int read = request.doRead(sink);
				if (read < 0) {
					return true;
				}
				total += read;
			}
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Takes whatever Tomcat hands over and forgets it. */
	private static final class Sink implements ApplicationBufferHandler {

		private ByteBuffer buffer = ApplicationBufferHandler.EMPTY_BUFFER;

		@Override
		public void setByteBuffer(ByteBuffer buffer) {
			this.buffer = buffer;
		}

		@Override
		public ByteBuffer getByteBuffer() {
			return this.buffer;
		}

		@Override
		public void expand(int size) {
		}

	}

}
