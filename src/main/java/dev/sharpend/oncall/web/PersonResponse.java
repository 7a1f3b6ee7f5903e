package dev.sharpend.oncall.web;

import java.util.Map;

import dev.sharpend.identity.UserId;

/** A person as the on-call API shows one: the user's id and display name. */
record PersonResponse(String id, String name) {

	static PersonResponse of(UserId id, Map<UserId, String> names) {
		return new PersonResponse(id.toString(), names.getOrDefault(id, id.toString()));
	}

}
