package org.anju.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.anju.platform.storage.DataDirectory;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The weekly and monthly reports go out on their own once the period is over: to the project's
 * managers with an e-mail address, and the company's to the configured addresses, with the Excel
 * and PDF files attached, once — over a real SMTP peer (GreenMail).
 */
@TestPropertySource(properties = "anju.report.mail.company-recipients=board@example.com, ")
class ReportMailingIT extends ApiTest {

	static final GreenMail smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());

	static {
		smtp.start();
	}

	@DynamicPropertySource
	static void peers(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stop() {
		smtp.stop();
	}

	@Autowired
	ReportMailing mailing;

	@Autowired
	ReportRunRepository runs;

	@Autowired
	DataDirectory data;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	@Test
	void finishedWeeksAndMonthsAreMailedOnceWithTheirFiles() throws Exception {
		ProjectFixture p = fixtures.project();
		String address = unique("mgr") + "@example.com";
		Map<String, Object> details = Map.of("displayName", "项目经理甲", "email", address, "roles", Set.of("MANAGER"),
				"projectIds", Set.of(p.projectId()));
		post("/api/v1/staff", ADMIN, Map.of("username", unique("mgr"), "password", PASSWORD, "details", details))
			.expect(201);
		ZoneId zone = clock.getZone();
		YearMonth month = YearMonth.now(clock).minusMonths(1);
		Instant monthStart = month.atDay(1).atStartOfDay(zone).toInstant();
		for (int day = 3; day <= 5; day++) {
			post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel", "PHONE",
					"content", "楼道灯坏了", "topic", "LIGHTING", "receivedAt",
					monthStart.plus(Duration.ofDays(day)).toString()))
				.expect(201);
		}
		Instant firstOfThisMonth = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();

		List<ReportRun> early = mailing.sendDue(firstOfThisMonth.plus(Duration.ofHours(6)), List.of(p.projectId()));
		assertThat(early).as("a month's report waits until 07:00 on the 1st").noneMatch(r -> r.getKind().equals("MONTHLY"));

		List<ReportRun> done = mailing.sendDue(firstOfThisMonth.plus(Duration.ofHours(8)), List.of(p.projectId()));
		assertThat(done).extracting(ReportRun::getKind, ReportRun::getPeriod, ReportRun::getProjectId)
			.contains(tuple("MONTHLY", month.toString(), p.projectId()),
					tuple("MONTHLY", month.toString(), null));
		LocalDate monday = month.plusMonths(1).atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		String week = Periods.weekName(monday.minusWeeks(1));
		assertThat(runs.findByKindAndPeriodOrderById("WEEKLY", week)).filteredOn(r -> p.projectId() == nvl(r.getProjectId()))
			.hasSize(1);
		assertThat(mailing.sendDue(firstOfThisMonth.plus(Duration.ofHours(9)), List.of(p.projectId())))
			.as("each report once").isEmpty();

		ReportRun monthly = done.stream().filter(r -> r.getKind().equals("MONTHLY") && r.getProjectId() != null)
			.findFirst().orElseThrow();
		assertThat(monthly.getRecipients()).as("the manager with an e-mail address; the others have none").isEqualTo(1);
		for (String file : monthly.getFiles().split("\n")) {
			assertThat(Files.size(data.root().resolve(file))).as(file).isPositive();
		}

		deliverAll();
		List<MimeMessage> mine = new ArrayList<>();
		for (MimeMessage m : smtp.getReceivedMessages()) {
			if (m.getAllRecipients()[0].toString().equals(address)) {
				mine.add(m);
			}
		}
		assertThat(mine).extracting(MimeMessage::getSubject).hasSize(2)
			.anySatisfy(s -> assertThat(s).contains("月度投诉统计分析报告", month.toString()))
			.anySatisfy(s -> assertThat(s).contains("周投诉趋势分析", week));
		MimeMessage monthlyMail = mine.stream().filter(m -> subject(m).contains("月度")).findFirst().orElseThrow();
		assertThat(text(monthlyMail))
			.contains("受理投诉：3 件", "/reports/monthly?projectId=" + p.projectId() + "&month=" + month);
		Map<String, byte[]> attached = attachments(monthlyMail);
		assertThat(attached.keySet()).anyMatch(n -> n.endsWith(".xlsx")).anyMatch(n -> n.endsWith(".pdf"));
		byte[] xlsx = attached.entrySet().stream().filter(e -> e.getKey().endsWith(".xlsx")).findFirst().orElseThrow()
			.getValue();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getNumberOfSheets()).isGreaterThan(5);
		}
		byte[] pdf = attached.entrySet().stream().filter(e -> e.getKey().endsWith(".pdf")).findFirst().orElseThrow()
			.getValue();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

		assertThat(smtp.getReceivedMessages()).filteredOn(m -> recipient(m).equals("board@example.com"))
			.extracting(ReportMailingIT::subject)
			.anySatisfy(s -> assertThat(s).contains("全公司", month.toString()));
	}

	private static long nvl(Long id) {
		return id == null ? -1 : id;
	}

	private void deliverAll() {
		Integer sent;
		do {
			sent = ReflectionTestUtils.invokeMethod(context.getBean("postman"), "deliver");
		}
		while (sent != null && sent > 0);
	}

	private static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(MimeMessage m) {
		try {
			return m.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain text of a mail, wherever the multipart nesting put it. */
	private static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				String text = text(parts.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static Map<String, byte[]> attachments(MimeMessage m) throws Exception {
		Map<String, byte[]> files = new HashMap<>();
		Multipart parts = (Multipart) m.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				files.put(MimeUtility.decodeText(part.getFileName()), part.getInputStream().readAllBytes());
			}
		}
		return files;
	}

}
