package dev.sharpend.oncall;

import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.oncall.api.TeamId;

/**
 * Layers of rotations plus overrides, one team's answer to "who is on call".
 *
 * @param id the schedule's id
 * @param team the team it belongs to
 * @param name its name
 */
public record Schedule(ScheduleId id, TeamId team, String name) {
}
