@NullMarked
package dev.sharpend.notify.web;

import org.jspecify.annotations.NullMarked;
