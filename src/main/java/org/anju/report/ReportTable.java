package org.anju.report;

import java.util.List;

/**
 * One section of a report file as a table — what both the Excel sheet and the PDF table are made
 * from, so the two always show the same figures. A cell is null (blank), a {@link String}, a
 * {@link Long} (a count), a {@link java.time.LocalDate}, or a {@link Num} (a measure with its format).
 */
record ReportTable(String sheet, String title, List<String> headers, List<List<Object>> rows) {

	/** How a measure is shown: a share as a percentage, hours and minutes to one decimal, and so on. */
	enum Format {
		INTEGER, ONE_DECIMAL, TWO_DECIMALS, PERCENT
	}

	/** A measure; a null value is left blank. */
	record Num(Double value, Format format) {
	}

}
