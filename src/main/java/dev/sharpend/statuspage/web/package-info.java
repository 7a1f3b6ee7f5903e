@NullMarked
package dev.sharpend.statuspage.web;

import org.jspecify.annotations.NullMarked;
