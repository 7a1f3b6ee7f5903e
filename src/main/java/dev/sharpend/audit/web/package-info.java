@NullMarked
package dev.sharpend.audit.web;

import org.jspecify.annotations.NullMarked;
