/**
 * One model for what a provider's status page says (components with a status, incidents
 * and maintenances with updates), and one adapter per status page format reading a
 * response body into it. Adapters are pure: they take the bytes fetched and the time they
 * were fetched, and never reach the network.
 */
@NullMarked
package dev.sharpend.provider.upstream;

import org.jspecify.annotations.NullMarked;
