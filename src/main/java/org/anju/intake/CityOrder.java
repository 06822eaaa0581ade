package org.anju.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.anju.platform.web.FieldError;

/**
 * A 12345 work order as the city platform gave it (JSON or a row of an exported file), checked.
 * Times are ISO-8601 with an offset, or local times of the company ("2026-04-07 09:30",
 * "2026/4/7 9:30"); a deadline given as a date alone means the end of that day.
 */
record CityOrder(String orderNumber, Instant receivedAt, Instant dueAt, String callerName, String callerPhone,
		String address, String content, String category) {

	/** How far in the future a receipt time may lie (the city's clock and ours drift). */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private static final Pattern OFFSET = Pattern.compile("[+-]\\d{2}:\\d{2}$");

	private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-M-d H:mm[:ss]")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter LOCAL_DATE = DateTimeFormatter.ofPattern("uuuu-M-d")
		.withResolverStyle(ResolverStyle.STRICT);

	/**
	 * Reads the order from its fields' text ({@code null} or blank when absent); returns null and
	 * adds to {@code errors} if any field is missing or wrong.
	 */
	static CityOrder read(Function<CityOrderField, String> values, ZoneId zone, Instant now, List<FieldError> errors) {
		int before = errors.size();
		String[] text = new String[CityOrderField.values().length];
		for (CityOrderField field : CityOrderField.values()) {
			String value = values.apply(field);
			value = value == null || value.isBlank() ? null : value.strip();
			if (value == null && field.isRequired()) {
				errors.add(new FieldError(field.key(), "is required"));
			}
			else if (value != null && value.length() > field.maxLength()) {
				errors.add(new FieldError(field.key(), "is longer than " + field.maxLength() + " characters"));
			}
			text[field.ordinal()] = value;
		}
		Instant receivedAt = time(CityOrderField.RECEIVED_AT, text, zone, false, errors);
		Instant dueAt = time(CityOrderField.DUE_AT, text, zone, true, errors);
		if (receivedAt != null && receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
			errors.add(new FieldError(CityOrderField.RECEIVED_AT.key(), "lies in the future"));
		}
		if (receivedAt != null && dueAt != null && !dueAt.isAfter(receivedAt)) {
			errors.add(new FieldError(CityOrderField.DUE_AT.key(), "must be after receivedAt"));
		}
		if (errors.size() > before) {
			return null;
		}
		return new CityOrder(text[CityOrderField.ORDER_NUMBER.ordinal()], receivedAt, dueAt,
				text[CityOrderField.CALLER_NAME.ordinal()], text[CityOrderField.CALLER_PHONE.ordinal()],
				text[CityOrderField.ADDRESS.ordinal()], text[CityOrderField.CONTENT.ordinal()],
				text[CityOrderField.CATEGORY.ordinal()]);
	}

	private static Instant time(CityOrderField field, String[] text, ZoneId zone, boolean dateMeansEndOfDay,
			List<FieldError> errors) {
		String value = text[field.ordinal()];
		if (value == null || value.length() > field.maxLength()) {
			return null;
		}
		String normal = value.replace('/', '-').replace('T', ' ');
		try {
			if (value.endsWith("Z") || OFFSET.matcher(value).find()) {
				return OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
			}
			if (dateMeansEndOfDay && !normal.contains(":")) {
				return LocalDate.parse(normal, LOCAL_DATE).atTime(END_OF_DAY).atZone(zone).toInstant();
			}
			return LocalDateTime.parse(normal, LOCAL_TIME).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field.key(), "is not a date and time such as 2026-04-07 09:30"));
			return null;
		}
	}

}
