package org.anju.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.report.ReportTable.Format;
import org.anju.report.ReportTable.Num;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes report tables as an .xlsx workbook, one sheet per table: real numeric cells (counts
 * whole, shares with a percent style, times to one decimal), dates as dates, blank where a figure
 * has no value, a bold frozen header row.
 */
final class ReportWorkbook {

	/** Excel's limit on a column's width, in characters. */
	private static final int MAX_WIDTH = 60;

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final CellStyle header;

	private final CellStyle date;

	private final Map<Format, CellStyle> numbers = new EnumMap<>(Format.class);

	private ReportWorkbook() {
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		date = style("yyyy-mm-dd");
		numbers.put(Format.INTEGER, style("0"));
		numbers.put(Format.ONE_DECIMAL, style("0.0"));
		numbers.put(Format.TWO_DECIMALS, style("0.00"));
		numbers.put(Format.PERCENT, style("0.0%"));
	}

	static byte[] write(List<ReportTable> tables) {
		ReportWorkbook book = new ReportWorkbook();
		try (XSSFWorkbook workbook = book.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Set<String> names = new HashSet<>();
			tables.forEach(t -> book.sheet(t, names));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void sheet(ReportTable table, Set<String> names) {
		Sheet sheet = workbook.createSheet(sheetName(table.sheet(), names));
		int[] widths = new int[table.headers().size()];
		Row top = sheet.createRow(0);
		for (int c = 0; c < table.headers().size(); c++) {
			Cell cell = top.createCell(c);
			cell.setCellValue(table.headers().get(c));
			cell.setCellStyle(header);
			widths[c] = width(table.headers().get(c));
		}
		for (int r = 0; r < table.rows().size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<Object> values = table.rows().get(r);
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				if (value != null && !(value instanceof Num n && n.value() == null)) {
					cell(row.createCell(c), value);
				}
				widths[c] = Math.max(widths[c], value instanceof String s ? width(s) : 10);
			}
		}
		sheet.createFreezePane(0, 1);
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c] + 2) * 256);
		}
	}

	private void cell(Cell cell, Object value) {
		if (value instanceof Num n) {
			cell.setCellValue(n.value());
			cell.setCellStyle(numbers.get(n.format()));
		}
		else if (value instanceof Long n) {
			cell.setCellValue(n);
			cell.setCellStyle(numbers.get(Format.INTEGER));
		}
		else if (value instanceof LocalDate d) {
			cell.setCellValue(d);
			cell.setCellStyle(date);
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	private CellStyle style(String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	/** A sheet name Excel accepts (at most 31 characters, none of []:*?/\) and not yet used. */
	static String sheetName(String wanted, Set<String> used) {
		String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted);
		String name = base;
		for (int i = 2; !used.add(name.toLowerCase()); i++) {
			String suffix = " " + i;
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		return name;
	}

	/** Display width in characters: a Chinese character takes two. */
	private static int width(String text) {
		return text.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
	}

}
