@NullMarked
package dev.sharpend.system.web;

import org.jspecify.annotations.NullMarked;
