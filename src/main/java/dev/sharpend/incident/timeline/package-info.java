@NullMarked
package dev.sharpend.incident.timeline;

import org.jspecify.annotations.NullMarked;
