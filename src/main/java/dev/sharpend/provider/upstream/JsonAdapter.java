package dev.sharpend.provider.upstream;

import tools.jackson.databind.JsonNode;

/** An adapter for a JSON format, which it recognises by the shape of the document. */
interface JsonAdapter {

	StatusFormat format();

	/**
	 * Whether the document has this format's shape (never decided by the status code).
	 */
	boolean recognises(JsonNode root);

	UpstreamReport read(JsonNode root, StatusBody body, StatusScope scope);

}
