@NullMarked
package dev.sharpend.oncall.web;

import org.jspecify.annotations.NullMarked;
