@NullMarked
package dev.sharpend.chatops.web;

import org.jspecify.annotations.NullMarked;
