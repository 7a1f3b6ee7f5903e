package dev.sharpend.oncall.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.oncall.ImportPlan;
import dev.sharpend.oncall.ImportResult;
import dev.sharpend.oncall.Imports;
import dev.sharpend.oncall.Teams;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.web.Rejections;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The import page: choose a source and a team, paste JSON, upload a calendar or give its
 * URL, see the plan, then import. Works as plain forms, without JavaScript.
 */
@Controller
@RequestMapping("/oncall/import")
class ImportController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> SOURCES = Map.of("ical",
			"Calendar (.ics): Grafana OnCall, PagerDuty or Opsgenie feed", "opsgenie-schedule",
			"Opsgenie schedule (JSON)", "pagerduty-schedule", "PagerDuty schedule (JSON)", "opsgenie-escalation",
			"Opsgenie escalations (JSON)", "pagerduty-escalation-policy", "PagerDuty escalation policy (JSON)");

	private final Imports imports;

	private final Teams teams;

	ImportController(Imports imports, Teams teams) {
		this.imports = imports;
		this.teams = teams;
	}

	@GetMapping
	@RequiresPermission(Permission.ONCALL_WRITE)
	ModelAndView form(@RequestParam(required = false) String team, @RequestParam(required = false) String source) {
		return page(Map.of("team", (team != null) ? team : "", "source", (source != null) ? source : "ical"));
	}

	@PostMapping
	@RequiresPermission(Permission.ONCALL_WRITE)
	ModelAndView submit(@RequestParam(required = false) String source, @RequestParam(required = false) String team,
			@RequestParam(required = false) String name, @RequestParam(required = false) String body,
			@RequestParam(required = false) String url, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String action) {
		String text = (body != null) ? body : "";
		try {
			text = uploaded(file, text);
			Map<String, String> entered = Map.of("source", (source != null) ? source : "", "team",
					(team != null) ? team : "", "name", (name != null) ? name : "", "body", text, "url",
					(url != null) ? url : "");
			UUID teamId = (team != null && !team.isBlank()) ? OnCallText.uuid("team", team) : null;
			String given = (url != null && !url.isBlank()) ? JSON.writeValueAsString(Map.of("url", url.strip())) : text;
			Imports.ImportRequest request = Imports.ImportRequest.of(entered.get("source"), teamId, given, name);
			ModelAndView view = page(entered);
			if ("import".equals(action)) {
				ImportResult result = this.imports.apply(request);
				addPlan(view, result.plan());
				view.addObject("created", result.created());
			}
			else {
				addPlan(view, this.imports.plan(request));
			}
			return view;
		}
		catch (RequestRejected ex) {
			ModelAndView view = page(
					Map.of("source", (source != null) ? source : "", "team", (team != null) ? team : "", "name",
							(name != null) ? name : "", "body", text, "url", (url != null) ? url : ""));
			view.addObject("error", ex.getMessage());
			view.addObject("errorField", ex.field());
			view.setStatus(Rejections.status(ex));
			return view;
		}
	}

	/**
	 * An uploaded calendar replaces the pasted text, and stays in the form for the
	 * import.
	 */
	private static String uploaded(@Nullable MultipartFile file, String pasted) {
		if (file == null || file.isEmpty()) {
			return pasted;
		}
		try (InputStream in = file.getInputStream()) {
			byte[] bytes = in.readNBytes(2 * 1024 * 1024 + 1);
			if (bytes.length > 2 * 1024 * 1024) {
				throw RequestRejected.invalid("file", "The file is larger than 2 MiB; export a shorter stretch.");
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw RequestRejected.invalid("file", "The file could not be read; choose it again.");
		}
	}

	private ModelAndView page(Map<String, String> entered) {
		ModelAndView view = new ModelAndView("oncall/import");
		view.addObject("currentPath", "/settings");
		view.addObject("teams", this.teams.list());
		view.addObject("sources",
				Imports.SOURCES.stream().map((s) -> Map.of("code", s, "label", SOURCES.get(s))).toList());
		view.addObject("entered", entered);
		return view;
	}

	private static void addPlan(ModelAndView view, ImportPlan plan) {
		Map<ImportPlan.Mark, Integer> counts = new EnumMap<>(ImportPlan.Mark.class);
		plan.items().forEach((i) -> counts.merge(i.mark(), 1, Integer::sum));
		view.addObject("plan", plan);
		view.addObject("summary",
				List.of(counts.getOrDefault(ImportPlan.Mark.MAPS, 0) + " will map",
						counts.getOrDefault(ImportPlan.Mark.PARTLY, 0) + " partly",
						counts.getOrDefault(ImportPlan.Mark.CANNOT, 0) + " cannot"));
	}

}
