package org.anju.platform.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.anju.platform.web.InvalidInputException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableFileTest {

	private static final int MAX_ROWS = 1000;

	@Test
	void readsNumericCellsAsTheyAreShownAndSkipsBlankRows() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("房号");
			header.createCell(1).setCellValue("手机");
			header.createCell(2).setCellValue("面积");
			header.createCell(3).setCellValue(" 楼层 ");
			Row first = sheet.createRow(1);
			first.createCell(0).setCellValue(1201);
			first.createCell(1).setCellValue(13800138000d);
			first.createCell(2).setCellValue(89.5);
			first.createCell(3).setCellFormula("1+11");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			sheet.createRow(2).createCell(0).setCellValue("  ");
			Row third = sheet.createRow(3);
			third.createCell(1).setCellValue("13900139000");
			workbook.write(out);
			xlsx = out.toByteArray();
		}

		TableFile file = TableFile.read("roster.XLSX", xlsx, MAX_ROWS);

		assertThat(file.header()).containsExactly("房号", "手机", "面积", "楼层");
		assertThat(file.rows()).extracting(TableFile.Row::number).containsExactly(2, 4);
		assertThat(file.rows().get(0).cells()).containsExactly("1201", "13800138000", "89.5", "12");
		assertThat(file.rows().get(1).cell(0)).isEmpty();
		assertThat(file.rows().get(1).cell(1)).isEqualTo("13900139000");
		assertThat(file.rows().get(1).cell(7)).isEmpty();
	}

	@Test
	void readsUtf8CsvWithByteOrderMarkAndKeepsRowNumbersAcrossBlankLines() {
		String csv = "\uFEFF楼栋,单元,房号\r\n3栋,2单元,\"1201\"\r\n\r\n,,\r\n 5栋 ,1单元,0101\r\n";

		TableFile file = TableFile.read("roster.csv", csv.getBytes(StandardCharsets.UTF_8), MAX_ROWS);

		assertThat(file.header()).containsExactly("楼栋", "单元", "房号");
		assertThat(file.rows()).extracting(TableFile.Row::number).containsExactly(2, 5);
		assertThat(file.rows().get(1).cells()).containsExactly("5栋", "1单元", "0101");
	}

	@Test
	void readsGbkCsvAsSavedByChineseExcel() {
		String csv = "楼栋,单元,房号,姓名\r\n3栋,2单元,1201,张三\r\n";

		TableFile file = TableFile.read("roster.csv", csv.getBytes(Charset.forName("GBK")), MAX_ROWS);

		assertThat(file.header()).containsExactly("楼栋", "单元", "房号", "姓名");
		assertThat(file.rows().get(0).cells()).containsExactly("3栋", "2单元", "1201", "张三");
	}

	@Test
	void refusesAnXlsxThatIsNoWorkbook() throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("hello.txt"));
			out.write("hello".getBytes(StandardCharsets.UTF_8));
		}

		assertThatThrownBy(() -> TableFile.read("roster.xlsx", "楼栋,单元,房号".getBytes(StandardCharsets.UTF_8), MAX_ROWS))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("not an Excel workbook");
		assertThatThrownBy(() -> TableFile.read("roster.xlsx", zip.toByteArray(), MAX_ROWS))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("not a readable Excel workbook");
	}

	@Test
	void refusesOtherFileTypesAndUnreadableCsv() {
		assertThatThrownBy(() -> TableFile.read("roster.xls", new byte[] { 1, 2, 3 }, MAX_ROWS))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining(".xlsx").hasMessageContaining(".csv");
		assertThatThrownBy(() -> TableFile.read("roster.csv", new byte[] { 'a', 0, 'b' }, MAX_ROWS))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("not a text file");
		assertThatThrownBy(() -> TableFile.read("roster.csv", new byte[0], MAX_ROWS))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
		assertThatThrownBy(() -> TableFile.read("roster.csv", "楼栋,单元\n\"3栋,1单元\n".getBytes(StandardCharsets.UTF_8), MAX_ROWS))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("not a readable CSV file")
			.hasMessageContaining("EOF");
	}

	@Test
	void readsDateCellsAsLocalTimesAndKeepsARowAsCsv() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			sheet.createRow(0).createCell(0).setCellValue("受理时间");
			sheet.getRow(0).createCell(1).setCellValue("诉求内容");
			org.apache.poi.ss.usermodel.CellStyle dated = workbook.createCellStyle();
			dated.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d h:mm"));
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(java.time.LocalDateTime.of(2026, 4, 7, 9, 30));
			row.getCell(0).setCellStyle(dated);
			row.createCell(1).setCellValue("噪音, \"很大\"");
			workbook.write(out);
			xlsx = out.toByteArray();
		}

		TableFile file = TableFile.read("orders.xlsx", xlsx, MAX_ROWS);

		assertThat(file.rows().get(0).cell(0)).isEqualTo("2026-04-07 09:30:00");
		assertThat(new String(file.csv(file.rows().get(0)), StandardCharsets.UTF_8))
			.isEqualTo("受理时间,诉求内容\r\n2026-04-07 09:30:00,\"噪音, \"\"很大\"\"\"\r\n");
	}

	@Test
	void refusesMoreThanTheRowLimit() {
		StringBuilder csv = new StringBuilder("楼栋,单元,房号\n");
		for (int i = 0; i < MAX_ROWS; i++) {
			csv.append("1栋,1单元,").append(i).append('\n');
		}
		byte[] atLimit = csv.toString().getBytes(StandardCharsets.UTF_8);
		byte[] overLimit = csv.append("1栋,1单元,x\n").toString().getBytes(StandardCharsets.UTF_8);

		assertThat(TableFile.read("roster.csv", atLimit, MAX_ROWS).rows()).hasSize(MAX_ROWS);
		assertThatThrownBy(() -> TableFile.read("roster.csv", overLimit, MAX_ROWS))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("more than 1000 data rows");
	}

}
