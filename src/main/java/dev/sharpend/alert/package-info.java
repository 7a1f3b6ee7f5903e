/**
 * Alert intake: integrations receive alerts (Alertmanager, PagerDuty Events v2, generic
 * JSON), group them, silence them and keep their history.
 */
@ApplicationModule(allowedDependencies = { "catalog :: api", "provider :: api", "system", "system :: web" })
@NullMarked
package dev.sharpend.alert;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
