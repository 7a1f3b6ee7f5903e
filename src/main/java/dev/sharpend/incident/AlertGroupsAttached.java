package dev.sharpend.incident;

import java.util.List;

import dev.sharpend.system.Audited;

import org.springframework.modulith.NamedInterface;

/** Alert groups were attached to an incident. */
@Audited(action = "incident.alert_groups_attached", target = "incident")
@NamedInterface("api")
public record AlertGroupsAttached(@Audited.Id long incident, List<Long> groups, String by) implements IncidentEvent {
}
