/**
 * What other modules may ask of on call: who is on call for a team at an instant, and the
 * identifiers of teams and schedules.
 */
@NamedInterface("api")
@NullMarked
package dev.sharpend.oncall.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
