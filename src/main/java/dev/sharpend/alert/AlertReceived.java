package dev.sharpend.alert;

import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * An alert arrived and changed state: it fired for the first time, fired again after
 * resolving, or resolved. Re-sent alerts that change nothing are not named. Published as
 * part of {@link AlertsReceived}.
 *
 * @param integration where it came from
 * @param fingerprint its identity
 * @param ruleKey its alert rule
 * @param status its new status
 * @param refired whether it fired again after having resolved
 * @param groupId the alert group it is in, or null (silenced, or never grouped)
 * @param groupResolved whether its group resolved by itself as it did (it was the last
 * firing alert there); {@link AlertGroupResolved} was published for that just before
 */
@NamedInterface("api")
public record AlertReceived(UUID integration, String fingerprint, String ruleKey, AlertStatus status, boolean refired,
		Long groupId, boolean groupResolved) {
}
