@NullMarked
package dev.sharpend.alert.web;

import org.jspecify.annotations.NullMarked;
