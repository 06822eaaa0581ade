package org.anju.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An uploaded roster (.xlsx or .csv) read into text: the header row and the non-blank data rows,
 * each with its spreadsheet row number (the header is row 1). Knows nothing of what the columns mean.
 */
record RosterFile(List<String> header, List<Row> rows) {

	static final int MAX_ROWS = 20_000;

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** One row of the file: its number as a spreadsheet shows it and its cells, trimmed, "" when empty. */
	record Row(int number, List<String> cells) {

		String cell(int column) {
			return column < cells.size() ? cells.get(column) : "";
		}

		boolean isBlank() {
			return cells.stream().allMatch(String::isEmpty);
		}

	}

	/** Reads the file by the type its name declares; refuses other types and content that does not match. */
	static RosterFile read(String fileName, byte[] content) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (content.length == 0) {
			throw invalid("is empty");
		}
		if (name.endsWith(".xlsx")) {
			return readWorkbook(content);
		}
		if (name.endsWith(".csv")) {
			return readCsv(content);
		}
		throw invalid("must be an Excel workbook (.xlsx) or a CSV file (.csv)");
	}

	private static RosterFile readWorkbook(byte[] content) {
		try (Workbook workbook = openWorkbook(content)) {
			if (workbook.getNumberOfSheets() == 0) {
				return of(Stream.empty());
			}
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			formatter.setUseCachedValuesForFormulaCells(true);
			return of(StreamSupport.stream(workbook.getSheetAt(0).spliterator(), false)
				.map(row -> new Row(row.getRowNum() + 1, IntStream.range(0, Math.max(row.getLastCellNum(), 0))
					.mapToObj(c -> formatter.formatCellValue(row.getCell(c)).strip())
					.toList())));
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

	private static RosterFile readCsv(byte[] content) {
		try (CSVParser parser = CSVParser.parse(decode(content), CSV)) {
			return of(parser.stream()
				.map(record -> new Row((int) record.getRecordNumber(), record.stream().map(String::strip).toList())));
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
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return decoder.decode(bytes).toString();
	}

	private static RosterFile of(Stream<Row> rows) {
		List<String> header = List.of();
		List<Row> data = new ArrayList<>();
		for (Row row : (Iterable<Row>) rows::iterator) {
			if (row.number() == 1) {
				header = row.cells();
			}
			else if (!row.isBlank()) {
				if (data.size() == MAX_ROWS) {
					throw invalid("has more than " + MAX_ROWS + " data rows; split it into smaller files");
				}
				data.add(row);
			}
		}
		return new RosterFile(header, List.copyOf(data));
	}

	private static InvalidInputException invalid(String message) {
		return new InvalidInputException("file", message);
	}

}
