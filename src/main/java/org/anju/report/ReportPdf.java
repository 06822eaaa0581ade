package org.anju.report;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.anju.report.ReportTable.Num;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders report tables as an A4 PDF: the Thymeleaf template {@code report/pdf.html} (XHTML) laid
 * out by openhtmltopdf on PDFBox. The Chinese font (a TrueType font or collection, by default
 * WenQuanYi Zen Hei of Debian's fonts-wqy-zenhei) is embedded as a subset, so the file reads the
 * same everywhere; without the font there is no PDF (503), never one with empty boxes.
 */
@Component
class ReportPdf {

	private static final Logger log = LoggerFactory.getLogger(ReportPdf.class);

	/** The CSS font family the template asks for. */
	static final String FAMILY = "anju-cjk";

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final Clock clock;

	private final String font;

	ReportPdf(ITemplateEngine templates, MessageSource messages, Clock clock,
			@Value("${anju.report.pdf-font:/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}") String font) {
		this.templates = templates;
		this.messages = messages;
		this.clock = clock;
		this.font = font;
	}

	/** A PDF of a title, the period, and the tables in order. */
	byte[] render(String title, String scope, String period, List<ReportTable> tables, Locale locale) {
		String none = messages.getMessage("report.notApplicable", null, "-", locale);
		Context context = new Context(locale, Map.of("title", title, "scope", scope, "period", period, "generated",
				LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), "tables",
				tables.stream().map(t -> PdfTable.of(t, none)).toList(), "lang", locale.toLanguageTag()));
		String html = templates.process("report/pdf", context);
		File file = new File(font);
		if (!Files.isReadable(file.toPath())) {
			log.warn("No PDF report: the font {} is not installed (anju.report.pdf-font)", font);
			throw PdfFontMissingException.missing(font);
		}
		try (TrueTypeSource source = TrueTypeSource.open(file); PDDocument document = new PDDocument();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDFont cjk = PDType0Font.load(document, source.font(), true);
			PdfRendererBuilder builder = new PdfRendererBuilder().usePDDocument(document)
				.withHtmlContent(html, null)
				.useFont(new PDFontSupplier(cjk), FAMILY, 400, FontStyle.NORMAL, true)
				.useFont(new PDFontSupplier(cjk), FAMILY, 700, FontStyle.NORMAL, true)
				.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (FontUnreadableException ex) {
			log.warn("No PDF report: the font {} cannot be embedded", font, ex.getCause());
			throw PdfFontMissingException.unusable(font, ex.getCause());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A table with its cells as text: numbers formatted, blanks as a dash. */
	record PdfTable(String title, List<String> headers, List<List<PdfCell>> rows) {

		static PdfTable of(ReportTable table, String none) {
			return new PdfTable(table.title(), table.headers(),
					table.rows().stream().map(r -> r.stream().map(v -> PdfCell.of(v, none)).toList()).toList());
		}

	}

	/** A cell's text; numbers are right-aligned. */
	record PdfCell(String text, boolean number) {

		static PdfCell of(Object value, String none) {
			if (value == null || value instanceof Num n && n.value() == null) {
				return new PdfCell(none, false);
			}
			if (value instanceof Num n) {
				double v = n.value();
				String text = switch (n.format()) {
					case INTEGER -> String.format(Locale.ROOT, "%.0f", v);
					case ONE_DECIMAL -> String.format(Locale.ROOT, "%.1f", v);
					case TWO_DECIMALS -> String.format(Locale.ROOT, "%.2f", v);
					case PERCENT -> String.format(Locale.ROOT, "%.1f%%", v * 100);
				};
				return new PdfCell(text, true);
			}
			return new PdfCell(value.toString(), value instanceof Long);
		}

	}

	/** The font file, open while the document is written (the subset is taken when it is saved). */
	private record TrueTypeSource(TrueTypeCollection collection, TrueTypeFont font) implements AutoCloseable {

		/** The first font of a collection (.ttc), or the font of a .ttf file. */
		static TrueTypeSource open(File file) throws FontUnreadableException {
			try {
				if (isCollection(file)) {
					TrueTypeCollection collection = new TrueTypeCollection(file);
					TrueTypeFont[] first = new TrueTypeFont[1];
					try {
						collection.processAllFonts(f -> {
							if (first[0] == null) {
								first[0] = f;
							}
						});
						if (first[0] == null) {
							throw new IOException("no font in the collection");
						}
					}
					catch (IOException | RuntimeException ex) {
						collection.close();
						throw ex;
					}
					return new TrueTypeSource(collection, first[0]);
				}
				RandomAccessReadBufferedFile read = new RandomAccessReadBufferedFile(file);
				try {
					return new TrueTypeSource(null, new TTFParser().parse(read));
				}
				catch (IOException | RuntimeException ex) {
					read.close();
					throw ex;
				}
			}
			catch (IOException | RuntimeException ex) {
				throw new FontUnreadableException(ex);
			}
		}

		private static boolean isCollection(File file) throws IOException {
			try (InputStream in = Files.newInputStream(file.toPath())) {
				return "ttcf".equals(new String(in.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII));
			}
		}

		@Override
		public void close() throws IOException {
			if (collection != null) {
				collection.close();
			}
			else {
				font.close();
			}
		}

	}

	/** A font file that exists but is no font PDFBox can read. */
	private static class FontUnreadableException extends IOException {

		FontUnreadableException(Throwable cause) {
			super(cause);
		}

	}

}
