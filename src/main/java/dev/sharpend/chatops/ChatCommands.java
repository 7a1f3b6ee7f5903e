package dev.sharpend.chatops;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroupStatus;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.incident.Declaration;
import dev.sharpend.incident.Incident;
import dev.sharpend.incident.IncidentResponse;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Carries out chat commands through the incident and alert modules' APIs, so a change
 * made from chat is validated, recorded and audited like one made in the web. Every
 * outcome, including bad input and failures, is a readable reply.
 */
@Service
public class ChatCommands {

	static final String HELP = """
			Sharpend commands:
			• `status` – open incidents and triggered alert groups
			• `incident declare <title>` – declare an incident
			• `incident <id> note <text>` – add a note to an incident's timeline
			• `incident <id> resolve` – resolve an incident
			• `ack <group>` – acknowledge an alert group
			• `help` – this list""";

	private static final Logger log = LoggerFactory.getLogger(ChatCommands.class);

	private static final Pattern DECLARE = Pattern.compile("incident\\s+declare\\s+(.+)",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern NOTE = Pattern.compile("incident\\s+(\\S+)\\s+note\\s+(.+)",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern RESOLVE = Pattern.compile("incident\\s+(\\S+)\\s+resolve", Pattern.CASE_INSENSITIVE);

	private static final Pattern ACK = Pattern.compile("ack\\s+#?(\\S+)", Pattern.CASE_INSENSITIVE);

	private static final int SHOWN = 10;

	private final IncidentResponse incidents;

	private final AlertGroups groups;

	private final ChatLinks links;

	ChatCommands(IncidentResponse incidents, AlertGroups groups, ChatLinks links) {
		this.incidents = incidents;
		this.groups = groups;
		this.links = links;
	}

	/** Runs one command as the caller; never throws. */
	public ChatReply run(ChatCaller caller, String text) {
		String command = (text != null) ? text.strip() : "";
		try {
			// Chat posts skip the API's control-character check (they come through the
			// hooks), and PostgreSQL cannot store a NUL: refuse it as the API would.
			dev.sharpend.system.ControlCharacters.check("The command", command);
			return dispatch(caller, command);
		}
		catch (RequestRejected ex) {
			return ChatReply.toCaller(ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Chat command from {} via {} failed: {}", caller.chatUser(), caller.via(), ex.toString());
			return ChatReply.toCaller("Sharpend could not do that just now; nothing was changed. Try again shortly.");
		}
	}

	private ChatReply dispatch(ChatCaller caller, String command) {
		String lower = command.toLowerCase(Locale.ROOT);
		if (lower.isEmpty() || lower.equals("help")) {
			return ChatReply.toCaller(HELP);
		}
		if (lower.equals("status")) {
			return status();
		}
		ChatReply changed = incidentCommand(caller, command);
		if (changed != null) {
			return changed;
		}
		Matcher ack = ACK.matcher(command);
		if (ack.matches()) {
			require(caller, Permission.ALERT_WRITE);
			AlertGroup group = this.groups.acknowledge(groupId(ack.group(1)), caller.by());
			return ChatReply
				.toChannel(caller.chatUser() + " acknowledged alert group #" + group.id() + ": " + group.title());
		}
		return ChatReply.toCaller("I don't know \"" + abbreviate(command) + "\".\n" + HELP);
	}

	/** Declare, note and resolve; null when the command is none of them. */
	private ChatReply incidentCommand(ChatCaller caller, String command) {
		Matcher m;
		if ((m = DECLARE.matcher(command)).matches()) {
			require(caller, Permission.INCIDENT_WRITE);
			Incident incident = this.incidents.declare(Declaration.titled(m.group(1)), caller.by());
			return ChatReply.toChannel(caller.chatUser() + " declared " + describe(incident) + "\n"
					+ this.links.incident(incident.number()));
		}
		if ((m = NOTE.matcher(command)).matches()) {
			require(caller, Permission.INCIDENT_WRITE);
			long number = incidentNumber(m.group(1));
			String text = m.group(2).strip();
			this.incidents.addNote(number, text, caller.by());
			return ChatReply.toChannel(caller.chatUser() + " added a note to INC-" + number + ": " + text);
		}
		if ((m = RESOLVE.matcher(command)).matches()) {
			require(caller, Permission.INCIDENT_WRITE);
			Incident incident = this.incidents.resolve(incidentNumber(m.group(1)), caller.by());
			return ChatReply.toChannel(caller.chatUser() + " resolved " + describe(incident));
		}
		return null;
	}

	private ChatReply status() {
		List<Incident> open = this.incidents.listOpen();
		List<AlertGroup> triggered = this.groups.list(AlertGroupStatus.TRIGGERED, 0, SHOWN);
		long triggeredCount = this.groups.count(AlertGroupStatus.TRIGGERED);
		StringBuilder text = new StringBuilder();
		text.append(open.isEmpty() ? "No open incidents." : "Open incidents (" + open.size() + "):");
		open.stream().limit(SHOWN).forEach((i) -> text.append("\n• ").append(describe(i)));
		text.append(more(open.size()));
		text.append(triggered.isEmpty() ? "\nNo triggered alert groups."
				: "\nTriggered alert groups (" + triggeredCount + "):");
		triggered.forEach((g) -> text.append("\n• #")
			.append(g.id())
			.append(' ')
			.append(g.title())
			.append(" (")
			.append(g.firing())
			.append(" firing since ")
			.append(g.openedAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))
			.append(')'));
		text.append(more(triggeredCount));
		return ChatReply.toCaller(text.toString());
	}

	private static String more(long count) {
		return (count > SHOWN) ? "\n… and " + (count - SHOWN) + " more" : "";
	}

	private static String describe(Incident i) {
		return i.reference() + " [" + i.severity() + ", " + i.status().code() + "] " + i.title();
	}

	private static void require(ChatCaller caller, Permission permission) {
		if (caller.by() == null) {
			throw RequestRejected.forbidden("Your chat account (" + caller.chatUser()
					+ ") is not linked to a Sharpend user, so it can only read. Ask a Sharpend administrator to link it.");
		}
		if (!caller.may(permission)) {
			throw RequestRejected.forbidden("You need the " + permission.code() + " permission in Sharpend for that.");
		}
	}

	private static long incidentNumber(String value) {
		String digits = value.replaceFirst("^(?i)(INC-|#)", "");
		try {
			long number = Long.parseLong(digits);
			if (number > 0) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw RequestRejected.notFound("There is no incident " + abbreviate(value) + "; use its number, like INC-12.");
	}

	private static long groupId(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.notFound("There is no alert group " + abbreviate(value) + "; use its number.");
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "…" : text;
	}

}
