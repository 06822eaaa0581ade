package org.anju.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.anju.platform.web.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A batch of work orders exported from the city platform (.xlsx, or .csv in UTF-8 or GBK, as
 * Chinese Excel saves it) read into text: the header and the non-blank rows with their
 * spreadsheet row numbers (the header is row 1). Date cells become "2026-04-07 09:30:00". Read the
 * way the roster import reads its files; unlike a roster, a bad row does not spoil the others.
 */
record CityOrderFile(List<String> header, List<Line> lines) {

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final DateTimeFormatter CELL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	/** One data row: its number as a spreadsheet shows it and its cells, trimmed. */
	record Line(int number, List<String> cells) {

		String cell(int column) {
			return column < cells.size() ? cells.get(column) : "";
		}

		boolean isBlank() {
			return cells.stream().allMatch(String::isEmpty);
		}

	}

	/** Reads the file by the type its name declares; at most {@code maxRows} data rows. */
	static CityOrderFile read(String fileName, byte[] content, int maxRows) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (content.length == 0) {
			throw invalid("is empty");
		}
		List<List<String>> rows;
		if (name.endsWith(".xlsx")) {
			rows = workbook(content);
		}
		else if (name.endsWith(".csv")) {
			rows = csv(content);
		}
		else {
			throw invalid("must be an Excel workbook (.xlsx) or a CSV file (.csv)");
		}
		List<Line> lines = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			Line line = new Line(i + 1, rows.get(i));
			if (!line.isBlank()) {
				if (lines.size() == maxRows) {
					throw invalid("has more than " + maxRows + " orders; split it into smaller files");
				}
				lines.add(line);
			}
		}
		if (lines.isEmpty()) {
			throw invalid("holds no orders");
		}
		return new CityOrderFile(rows.get(0), List.copyOf(lines));
	}

	/** The header and one row as a small CSV file (UTF-8): what an order taken from the file keeps as its raw content. */
	byte[] raw(Line line) {
		StringBuilder out = new StringBuilder();
		try {
			CSVFormat.DEFAULT.printRecord(out, header.toArray());
			CSVFormat.DEFAULT.printRecord(out, line.cells().toArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static List<List<String>> workbook(byte[] content) {
		if (FileMagic.valueOf(content) != FileMagic.OOXML) {
			throw invalid("is not an Excel workbook (.xlsx)");
		}
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			List<List<String>> rows = new ArrayList<>();
			if (workbook.getNumberOfSheets() == 0) {
				return rows;
			}
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			formatter.setUseCachedValuesForFormulaCells(true);
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
					cells.add(text(row.getCell(c), formatter));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			// POI tells a zip that holds no workbook with assorted runtime exceptions
			throw invalid("is not a readable Excel workbook (.xlsx)");
		}
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().format(CELL_TIME);
		}
		return formatter.formatCellValue(cell).strip();
	}

	private static List<List<String>> csv(byte[] content) {
		String text = decode(content);
		if (text.indexOf('\0') >= 0) {
			throw invalid("is not a text file");
		}
		try (CSVParser parser = CSVParser.parse(text, CSV)) {
			return parser.stream().map(CityOrderFile::cells).toList();
		}
		catch (UncheckedIOException ex) {
			throw invalid("is not a readable CSV file: " + ex.getCause().getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> cells(CSVRecord record) {
		return record.stream().map(String::strip).toList();
	}

	/** UTF-8 (with or without byte-order mark), or else GBK. */
	private static String decode(byte[] content) {
		int start = content.length >= UTF8_BOM.length && Arrays.equals(content, 0, 3, UTF8_BOM, 0, 3) ? 3 : 0;
		try {
			return decode(StandardCharsets.UTF_8, ByteBuffer.wrap(content, start, content.length - start));
		}
		catch (CharacterCodingException notUtf8) {
			try {
				return decode(Charset.forName("GBK"), ByteBuffer.wrap(content));
			}
			catch (CharacterCodingException notGbk) {
				throw invalid("is neither UTF-8 nor GBK text");
			}
		}
	}

	private static String decode(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(bytes)
			.toString();
	}

	private static InvalidInputException invalid(String message) {
		return new InvalidInputException("file", message);
	}

}
