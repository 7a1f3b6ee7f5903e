package dev.sharpend.oncall;

/**
 * How long each turn of a rotation lasts, counted on the rotation's wall clock.
 *
 * @param amount how many units, at least 1
 * @param unit hours, days or weeks
 */
public record ShiftLength(int amount, ShiftUnit unit) {

	@Override
	public String toString() {
		String unitName = this.unit.code();
		return this.amount + " " + ((this.amount == 1) ? unitName.substring(0, unitName.length() - 1) : unitName);
	}

}
