package dev.sharpend.system;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * How one {@link AuditedChange} record class reads out: its {@link Audited} declaration
 * and its components, looked up once per class.
 */
final class AuditedRecord {

	private static final ClassValue<AuditedRecord> RECORDS = new ClassValue<>() {
		@Override
		protected AuditedRecord computeValue(Class<?> type) {
			return new AuditedRecord(type);
		}
	};

	private final Class<?> type;

	private final Audited declaration;

	private final RecordComponent id;

	private final List<RecordComponent> summarised = new ArrayList<>();

	private AuditedRecord(Class<?> type) {
		this.type = type;
		this.declaration = type.getAnnotation(Audited.class);
		RecordComponent found = null;
		for (RecordComponent component : (type.isRecord() ? type.getRecordComponents() : new RecordComponent[0])) {
			// Records are often package-private; their accessors are public methods of a
			// class other packages cannot reach, so they are opened once here.
			component.getAccessor().setAccessible(true);
			if (component.isAnnotationPresent(Audited.Id.class)) {
				found = component;
			}
			else if (!component.isAnnotationPresent(Audited.Omit.class)) {
				this.summarised.add(component);
			}
		}
		this.id = found;
	}

	static AuditedRecord of(Class<?> type) {
		return RECORDS.get(type);
	}

	String action() {
		return declared((this.declaration != null) ? this.declaration.action() : "", "action");
	}

	String targetType() {
		return declared((this.declaration != null) ? this.declaration.target() : "", "target");
	}

	String targetId(Object change) {
		return (this.id != null) ? format(read(this.id, change)) : null;
	}

	String summary(Object change) {
		StringJoiner summary = new StringJoiner(", ");
		for (RecordComponent component : this.summarised) {
			Object value = read(component, change);
			if (value != null) {
				summary.add(component.getName() + "=" + format(value));
			}
		}
		return summary.toString();
	}

	private String declared(String value, String attribute) {
		if (value.isEmpty()) {
			throw new IllegalStateException(this.type.getName() + " must declare @Audited(" + attribute
					+ " = …) or compute it by overriding the method");
		}
		return value;
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component, ex);
		}
	}

	/**
	 * Wire codes for enums that have one, the single value of identifier records, and
	 * collections element by element; everything else as it prints.
	 */
	private static String format(Object value) {
		if (value instanceof WireCode coded) {
			return coded.code();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name().toLowerCase(Locale.ROOT);
		}
		if (value instanceof Record record && record.getClass().getRecordComponents().length == 1) {
			RecordComponent only = record.getClass().getRecordComponents()[0];
			only.getAccessor().setAccessible(true);
			return format(read(only, record));
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(AuditedRecord::format).toList().toString();
		}
		return String.valueOf(value);
	}

}
