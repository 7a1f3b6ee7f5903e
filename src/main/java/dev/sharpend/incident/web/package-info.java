@NullMarked
package dev.sharpend.incident.web;

import org.jspecify.annotations.NullMarked;
