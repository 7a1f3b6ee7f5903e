package dev.sharpend.system.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.system.ControlCharacters;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a JSON request body in which any name or text holds a control character no
 * field takes (see {@link ControlCharacters}), naming the field by its path such as
 * {@code title} or {@code items[2].name}. One check for every JSON API, whatever type the
 * body binds to, so that no text reaches the database (PostgreSQL cannot store NUL) or a
 * document it would break.
 */
@ControllerAdvice
class ControlCharacterBodyAdvice extends RequestBodyAdviceAdapter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return AbstractJacksonHttpMessageConverter.class.isAssignableFrom(converterType);
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		byte[] body;
		try (InputStream in = message.getBody()) {
			body = in.readAllBytes();
		}
		check(body);
		HttpHeaders headers = message.getHeaders();
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}

		};
	}

	static void check(byte[] body) {
		try (JsonParser parser = JSON.createParser(body)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.PROPERTY_NAME || token == JsonToken.VALUE_STRING) {
					String text = parser.getString();
					int at = ControlCharacters.find(text);
					if (at >= 0) {
						String path = path(parser.streamReadContext());
						throw ControlCharacters.refusal(path.isEmpty() ? "body" : path, text.charAt(at));
					}
				}
			}
		}
		catch (JacksonException ex) {
			// Not JSON: binding the body answers that, with the parser's own message.
		}
	}

	// The path of the current value or name, in the dotted form problems name fields by.
	private static String path(TokenStreamContext context) {
		Deque<String> parts = new ArrayDeque<>();
		for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
			if (c.inArray()) {
				parts.push("[" + c.getCurrentIndex() + "]");
			}
			else if (c.currentName() != null) {
				parts.push("." + ControlCharacters.escaped(c.currentName()));
			}
		}
		String path = String.join("", parts);
		return path.startsWith(".") ? path.substring(1) : path;
	}

}
