@NullMarked
package dev.sharpend.review.web;

import org.jspecify.annotations.NullMarked;
