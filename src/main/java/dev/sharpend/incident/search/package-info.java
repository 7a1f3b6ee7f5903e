@NullMarked
package dev.sharpend.incident.search;

import org.jspecify.annotations.NullMarked;
