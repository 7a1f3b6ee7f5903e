package dev.sharpend.oncall.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.oncall.ImportPlan;
import dev.sharpend.oncall.ImportResult;
import dev.sharpend.oncall.Imports;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports schedules and escalation policies from other tools. A dry run (the default)
 * answers the plan and writes nothing; {@code dryRun=false} writes it all or nothing.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

	private final Imports imports;

	ImportApiController(Imports imports) {
		this.imports = imports;
	}

	@PostMapping("/{source}")
	@RequiresPermission(Permission.ONCALL_WRITE)
	ResponseEntity<ImportResponse> run(@PathVariable String source, @RequestParam(required = false) String team,
			@RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(required = false) String name,
			@RequestBody(required = false) @Nullable String body) {
		UUID teamId = (team != null && !team.isBlank()) ? OnCallText.uuid("team", team) : null;
		Imports.ImportRequest request = Imports.ImportRequest.of(source, teamId, body, name);
		if (dryRun) {
			return ResponseEntity.ok(ImportResponse.of(this.imports.plan(request), true, List.of()));
		}
		ImportResult result = this.imports.apply(request);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(ImportResponse.of(result.plan(), false, result.created()));
	}

	/**
	 * The plan, and what was created when it was not a dry run.
	 *
	 * @param source the format read
	 * @param dryRun whether nothing was written
	 * @param items one line per object of the source
	 * @param created what the import made, empty for a dry run
	 */
	record ImportResponse(String source, boolean dryRun, List<ItemResponse> items, List<ImportResult.Created> created) {

		static ImportResponse of(ImportPlan plan, boolean dryRun, List<ImportResult.Created> created) {
			return new ImportResponse(plan.source(), dryRun,
					plan.items()
						.stream()
						.map((i) -> new ItemResponse(i.object(), i.mark().code(), i.mark().symbol(), i.reasons()))
						.toList(),
					created);
		}

	}

	/**
	 * One object of the source.
	 *
	 * @param object what and where it is
	 * @param mark {@code maps}, {@code partly} or {@code cannot}
	 * @param symbol ✔, ⚠ or ✘
	 * @param reasons what it becomes and what changes
	 */
	record ItemResponse(String object, String mark, String symbol, List<String> reasons) {
	}

}
