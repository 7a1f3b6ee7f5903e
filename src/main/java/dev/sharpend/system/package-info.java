/**
 * What every module uses: permissions, problem responses, paging, timestamps, SQL
 * dialects, safe Markdown and the request guards.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package dev.sharpend.system;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
