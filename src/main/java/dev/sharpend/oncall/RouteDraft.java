package dev.sharpend.oncall;

import org.jspecify.annotations.Nullable;

/**
 * A route as a caller describes it, checked by {@link EscalationRoutes}.
 *
 * @param matchers label matchers such as {@code severity=critical,env!=staging}; null or
 * empty matches every alert group
 * @param policy the id of the escalation policy that pages
 * @param urgency {@code high} or {@code low}; null for high
 */
public record RouteDraft(@Nullable String matchers, @Nullable String policy, @Nullable String urgency) {
}
