@NullMarked
package dev.sharpend.home.web;

import org.jspecify.annotations.NullMarked;
