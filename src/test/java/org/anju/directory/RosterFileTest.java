package org.anju.directory;

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

class RosterFileTest {

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

		RosterFile file = RosterFile.read("roster.XLSX", xlsx);

		assertThat(file.header()).containsExactly("房号", "手机", "面积", "楼层");
		assertThat(file.rows()).extracting(RosterFile.Row::number).containsExactly(2, 4);
		assertThat(file.rows().get(0).cells()).containsExactly("1201", "13800138000", "89.5", "12");
		assertThat(file.rows().get(1).cell(0)).isEmpty();
		assertThat(file.rows().get(1).cell(1)).isEqualTo("13900139000");
		assertThat(file.rows().get(1).cell(7)).isEmpty();
	}

	@Test
	void readsUtf8CsvWithByteOrderMarkAndKeepsRowNumbersAcrossBlankLines() {
		String csv = "\uFEFF楼栋,单元,房号\r\n3栋,2单元,\"1201\"\r\n\r\n,,\r\n 5栋 ,1单元,0101\r\n";

		RosterFile file = RosterFile.read("roster.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(file.header()).containsExactly("楼栋", "单元", "房号");
		assertThat(file.rows()).extracting(RosterFile.Row::number).containsExactly(2, 5);
		assertThat(file.rows().get(1).cells()).containsExactly("5栋", "1单元", "0101");
	}

	@Test
	void readsGbkCsvAsSavedByChineseExcel() {
		String csv = "楼栋,单元,房号,姓名\r\n3栋,2单元,1201,张三\r\n";

		RosterFile file = RosterFile.read("roster.csv", csv.getBytes(Charset.forName("GBK")));

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

		assertThatThrownBy(() -> RosterFile.read("roster.xlsx", "楼栋,单元,房号".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("not an Excel workbook");
		assertThatThrownBy(() -> RosterFile.read("roster.xlsx", zip.toByteArray()))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("not a readable Excel workbook");
	}

	@Test
	void refusesOtherFileTypesAndUnreadableCsv() {
		assertThatThrownBy(() -> RosterFile.read("roster.xls", new byte[] { 1, 2, 3 }))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining(".xlsx").hasMessageContaining(".csv");
		assertThatThrownBy(() -> RosterFile.read("roster.csv", new byte[] { 'a', 0, 'b' }))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("not a text file");
		assertThatThrownBy(() -> RosterFile.read("roster.csv", new byte[0]))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
		assertThatThrownBy(() -> RosterFile.read("roster.csv", "楼栋,单元\n\"3栋,1单元\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("not a readable CSV file")
			.hasMessageContaining("EOF");
	}

	@Test
	void refusesMoreThanTheRowLimit() {
		StringBuilder csv = new StringBuilder("楼栋,单元,房号\n");
		for (int i = 0; i < RosterFile.MAX_ROWS; i++) {
			csv.append("1栋,1单元,").append(i).append('\n');
		}
		byte[] atLimit = csv.toString().getBytes(StandardCharsets.UTF_8);
		byte[] overLimit = csv.append("1栋,1单元,x\n").toString().getBytes(StandardCharsets.UTF_8);

		assertThat(RosterFile.read("roster.csv", atLimit).rows()).hasSize(RosterFile.MAX_ROWS);
		assertThatThrownBy(() -> RosterFile.read("roster.csv", overLimit))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("more than 20000 data rows");
	}

}
