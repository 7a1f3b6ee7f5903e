@NullMarked
package dev.sharpend.provider.web;

import org.jspecify.annotations.NullMarked;
