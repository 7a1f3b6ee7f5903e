package dev.sharpend.system.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Closes the connection of a request whose body {@link RequestBodyGuard} left unread,
 * once its answer is written. Otherwise Tomcat reads ("swallows") the rest of the body
 * after the answer so as to keep the connection, and a client trickling its body would
 * hold the request thread all the same. Only a valve can reach Tomcat's own response to
 * say so.
 */
class UnreadBodyValve extends ValveBase {

	/** Request attribute set by the guard when the body must not be read any further. */
	static final String CLOSE = UnreadBodyValve.class.getName() + ".close";

	UnreadBodyValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		getNext().invoke(request, response);
		if (request.getAttribute(CLOSE) != null && !request.isAsync() && !request.getCoyoteRequest().isFinished()) {
			// Finish the answer first: closing now discards whatever is still buffered.
			response.finishResponse();
			response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
		}
	}

}
