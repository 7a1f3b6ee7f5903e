@NullMarked
package dev.sharpend.language.web;

import org.jspecify.annotations.NullMarked;
