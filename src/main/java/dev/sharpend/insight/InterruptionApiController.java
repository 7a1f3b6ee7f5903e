package dev.sharpend.insight;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Interruptions by band per rotation and team as JSON; never per person. */
@RestController
@RequiresPermission(Permission.INSIGHT_READ)
class InterruptionApiController {

	private final Interruptions interruptions;

	private final InsightScopes scopes;

	InterruptionApiController(Interruptions interruptions, InsightScopes scopes) {
		this.interruptions = interruptions;
		this.scopes = scopes;
	}

	@GetMapping("/api/v1/insights/interruptions")
	PageOf<RotationJson> interruptions(@RequestParam(defaultValue = "30d") String window,
			@RequestParam(required = false) @Nullable String team, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		InsightWindow chosen = InsightWindow.parse(window);
		@Nullable UUID teamId = this.scopes.parse(team, null).team();
		List<Interruptions.RotationBands> rows = this.interruptions.byRotation(chosen)
			.stream()
			.filter((row) -> teamId == null || row.team().equals(teamId))
			.toList();
		return PageOf.slice(rows, PageWindow.of(page, size, 500)).map((row) -> RotationJson.of(row, chosen));
	}

	/**
	 * One rotation's interruptions over a window.
	 *
	 * @param window the window's code
	 * @param rotation the schedule; it has no id for the team's "no rotation" (people or
	 * a whole team paged directly)
	 * @param team the team
	 * @param bands pages per band over the window
	 * @param weeks pages per band in each ISO week the window touches, whole weeks
	 */
	record RotationJson(String window, Named rotation, Named team, BandsJson bands, List<WeekJson> weeks) {

		static RotationJson of(Interruptions.RotationBands row, InsightWindow window) {
			return new RotationJson(window.code(), new Named(row.schedule(), row.rotation()),
					new Named(row.team(), row.teamName()), BandsJson.of(row.bands()),
					row.weeks()
						.entrySet()
						.stream()
						.map((e) -> new WeekJson(e.getKey().toString(), BandsJson.of(e.getValue())))
						.toList());
		}

	}

	/**
	 * A rotation or team.
	 *
	 * @param id its id
	 * @param name its name
	 */
	record Named(@Nullable UUID id, String name) {
	}

	/**
	 * Pages per band.
	 *
	 * @param business 08:00–18:00 Monday to Friday
	 * @param offHours 18:00–22:00 Monday to Friday, 08:00–22:00 Saturday and Sunday
	 * @param sleep 22:00–08:00 every day
	 * @param total all three
	 */
	record BandsJson(int business, int offHours, int sleep, int total) {

		static BandsJson of(Map<InterruptionBand, Integer> bands) {
			int business = bands.get(InterruptionBand.BUSINESS);
			int offHours = bands.get(InterruptionBand.OFF_HOURS);
			int sleep = bands.get(InterruptionBand.SLEEP);
			return new BandsJson(business, offHours, sleep, business + offHours + sleep);
		}

	}

	/**
	 * Pages per band in one ISO week.
	 *
	 * @param week such as {@code 2026-W48}
	 * @param bands the pages
	 */
	record WeekJson(String week, BandsJson bands) {
	}

}
