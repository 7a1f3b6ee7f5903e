@NullMarked
package dev.sharpend.identity.web;

import org.jspecify.annotations.NullMarked;
