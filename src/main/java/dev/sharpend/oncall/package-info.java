/**
 * On call: teams, rotations taking turns in their own time zones, schedules that layer
 * rotations and overrides into one final schedule, and who is on call at an instant.
 * Escalation and paging build on the final schedule.
 */
@ApplicationModule(allowedDependencies = { "alert :: api", "identity :: api", "incident :: api", "notify :: api",
		"secret :: api", "system", "system :: web" })
@NullMarked
package dev.sharpend.oncall;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
