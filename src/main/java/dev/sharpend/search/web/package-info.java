@NullMarked
package dev.sharpend.search.web;

import org.jspecify.annotations.NullMarked;
