package org.anju.platform.tables;

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
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.anju.platform.web.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An uploaded table — an Excel workbook (.xlsx), or a CSV file in UTF-8 or GBK, as Chinese Excel
 * saves it — read into text: the header row and the non-blank data rows, each with its spreadsheet
 * row number (the header is row 1). Date cells read as "2026-04-07 09:30:00". Knows nothing of what
 * the columns mean; a problem with the file itself is an {@link InvalidInputException} on "file".
 */
public record TableFile(List<String> header, List<Row> rows) {

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final DateTimeFormatter CELL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	/** One row of the file: its number as a spreadsheet shows it and its cells, trimmed, "" when empty. */
	public record Row(int number, List<String> cells) {

		public String cell(int column) {
			return column < cells.size() ? cells.get(column) : "";
		}

		public boolean isBlank() {
			return cells.stream().allMatch(String::isEmpty);
		}

	}

	/**
	 * Reads the file by the type its name declares, refusing other types, content that does not
	 * match, and more than {@code maxRows} data rows.
	 */
	public static TableFile read(String fileName, byte[] content, int maxRows) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (content.length == 0) {
			throw invalid("is empty");
		}
		if (name.endsWith(".xlsx")) {
			return readWorkbook(content, maxRows);
		}
		if (name.endsWith(".csv")) {
			return readCsv(content, maxRows);
		}
		throw invalid("must be an Excel workbook (.xlsx) or a CSV file (.csv)");
	}

	/** The header and one row as a small CSV file (UTF-8), e.g. to keep a row as it came. */
	public byte[] csv(Row row) {
		StringBuilder out = new StringBuilder();
		try {
			CSVFormat.DEFAULT.printRecord(out, header.toArray());
			CSVFormat.DEFAULT.printRecord(out, row.cells().toArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static TableFile readWorkbook(byte[] content, int maxRows) {
		try (Workbook workbook = openWorkbook(content)) {
			if (workbook.getNumberOfSheets() == 0) {
				return of(Stream.empty(), maxRows);
			}
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			formatter.setUseCachedValuesForFormulaCells(true);
			return of(StreamSupport.stream(workbook.getSheetAt(0).spliterator(), false)
				.map(row -> new Row(row.getRowNum() + 1, IntStream.range(0, Math.max(row.getLastCellNum(), 0))
					.mapToObj(c -> text(row.getCell(c), formatter))
					.toList())), maxRows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Workbook openWorkbook(byte[] content) {
		if (FileMagic.valueOf(content) != FileMagic.OOXML) {
			throw invalid("is not an Excel workbook (.xlsx)");
		}
		try {
			return WorkbookFactory.create(new ByteArrayInputStream(content));
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

	private static TableFile readCsv(byte[] content, int maxRows) {
		try (CSVParser parser = CSVParser.parse(decode(content), CSV)) {
			return of(parser.stream()
				.map(record -> new Row((int) record.getRecordNumber(), record.stream().map(String::strip).toList())),
					maxRows);
		}
		catch (UncheckedIOException ex) {
			throw invalid("is not a readable CSV file: " + ex.getCause().getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String decode(byte[] content) {
		String text = decodeText(content);
		if (text.indexOf('\0') >= 0) {
			throw invalid("is not a text file");
		}
		return text;
	}

	/** UTF-8 (with or without byte-order mark), or else GBK, in which Chinese Excel saves CSV. */
	private static String decodeText(byte[] content) {
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

	private static TableFile of(Stream<Row> rows, int maxRows) {
		List<String> header = List.of();
		List<Row> data = new ArrayList<>();
		for (Row row : (Iterable<Row>) rows::iterator) {
			if (row.number() == 1) {
				header = row.cells();
			}
			else if (!row.isBlank()) {
				if (data.size() == maxRows) {
					throw invalid("has more than " + maxRows + " data rows; split it into smaller files");
				}
				data.add(row);
			}
		}
		return new TableFile(header, List.copyOf(data));
	}

	private static InvalidInputException invalid(String message) {
		return new InvalidInputException("file", message);
	}

}
