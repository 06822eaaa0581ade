package org.anju.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An owner on a phone (390×844): signs in with a code, complains with a photo, follows staff progress, rates, reopens. */
class OwnerPortalBrowserIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	ProjectFixture p;

	@BeforeEach
	void project() throws Exception {
		p = fixtures.project();
		phone();
	}

	@Test
	void anOwnerComplainsFollowsTheProgressAndRatesIt() throws Exception {
		signIn(p.residentIds().get(0));
		find("#new-complaint").click();
		find("#content").sendKeys("卫生间天花板漏水，已经滴了两天");
		find("#location").sendKeys("主卫天花板");
		browser.findElement(By.cssSelector("#contactTime option[value=EVENING]")).click();
		browser.findElement(By.id("photos")).sendKeys(photo().toAbsolutePath().toString());
		screenshot("portal-new");
		find("#submit").click();
		String number = find("#number").getText();
		assertThat(number).startsWith("TS");
		assertThat(pageText()).contains("投诉已收到");
		long id = jdbc.queryForObject("select id from complaint where number = ?", Long.class, number);
		assertThat(jdbc.queryForObject("select count(*) from complaint_attachment where complaint_id = ?", Long.class,
				id)).isEqualTo(1);

		post("/api/v1/complaints/" + id + "/notes", p.agent(),
				Map.of("text", "维修师傅明天上午上门检查", "visibility", "PUBLIC")).expect(201);
		post("/api/v1/complaints/" + id + "/notes", p.agent(), Map.of("text", "内部：楼上业主不配合")).expect(201);
		find("#view").click();
		awaitText("#timeline", "维修师傅明天上午上门检查");
		assertThat(find("#content").getText()).startsWith("卫生间天花板漏水，已经滴了两天").contains("晚上");
		assertThat(pageText()).doesNotContain("楼上业主不配合");
		assertThat(browser.findElements(By.cssSelector(".photos img"))).hasSize(1);
		waitFor(d -> ((org.openqa.selenium.JavascriptExecutor) d)
			.executeScript("var i = document.querySelector('.photos img'); return i.complete && i.naturalWidth > 0;")
			.equals(Boolean.TRUE));
		screenshot("portal-complaint");

		fixtures.resolve(p, id, "已更换防水层");
		browser.navigate().refresh();
		assertThat(find("#state").getText()).isEqualTo("已处理待评价");
		find("#stars-5").click();
		find("#solved-yes").click();
		find("#comment").sendKeys("师傅很专业");
		find("#rate").click();
		assertThat(find("#rating").getText()).contains("★★★★★").contains("师傅很专业");
		assertThat(find("#state").getText()).isEqualTo("已办结");

		open("/owner");
		assertThat(find("#complaints").getText()).contains(number).contains("已办结");
		screenshot("portal-home");
		open("/owner/inbox");
		assertThat(find("#messages").getText()).contains(number);
	}

	@Test
	void anOwnerReopensAResolvedComplaintAndCannotOpenAnothersComplaint() throws Exception {
		long mine = complaint(p.residentIds().get(0), "楼道灯坏了三天");
		fixtures.resolve(p, mine, "已更换灯泡");
		long theirs = complaint(p.residentIds().get(1), "邻居家的投诉");
		signIn(p.residentIds().get(0));
		open("/owner/complaints/" + mine);
		find("#reopen-box summary").click();
		find("#reason").sendKeys("灯还是不亮");
		find("#reopen").click();
		awaitText("#notice", "已重新提交处理");
		assertThat(find("#state").getText()).isEqualTo("重新处理中");
		assertThat(get("/api/v1/complaints/" + mine, p.agent()).expect(200).get("status").asString())
			.isEqualTo("REOPENED");

		open("/owner/complaints/" + theirs);
		assertThat(find("h1").getText()).isEqualTo("未找到");
		assertThat(pageText()).doesNotContain("邻居家的投诉");
	}

	@Test
	void aWrongCodeIsShownNextToTheField() throws Exception {
		String mobile = mobile(p.residentIds().get(0));
		open("/owner/login");
		find("#mobile").sendKeys(mobile);
		find("#request-code").click();
		awaitText("#code-sent", "验证码已发送");
		find("#code").sendKeys(OwnerSignInIT.wrong(OwnerSignInTestCodes.code(jdbc, mobile)));
		find("#login").click();
		awaitText("#code-error", "验证码不正确，还可以再试 4 次");
	}

	void signIn(long residentId) throws Exception {
		String mobile = mobile(residentId);
		open("/owner/login");
		find("#mobile").sendKeys(mobile);
		find("#request-code").click();
		find("#code-sent");
		find("#code").sendKeys(OwnerSignInTestCodes.code(jdbc, mobile));
		find("#login").click();
		waitFor(ExpectedConditions.urlMatches(".*/owner$"));
	}

	String mobile(long residentId) throws Exception {
		return get("/api/v1/residents/" + residentId, p.agent()).expect(200).get("mobile").asString();
	}

	long complaint(long residentId, String content) throws Exception {
		return post("/api/v1/complaints", p.agent(), Map.of("residentId", residentId, "channel", "PHONE", "content",
				content, "topic", "LIGHTING", "urgency", "NORMAL")).expect(201).get("id").asLong();
	}

	/** A real picture (a blue square), so that the page's thumbnail can be seen to load. */
	static Path photo() throws IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 90,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		g.setColor(new java.awt.Color(43, 108, 176));
		g.fillRect(0, 0, 120, 90);
		g.dispose();
		Path file = Files.createTempFile("leak", ".png");
		javax.imageio.ImageIO.write(image, "png", file.toFile());
		return file;
	}

	/** The code of the latest sign-in SMS to a mobile, as the SMS sink recorded it. */
	static final class OwnerSignInTestCodes {

		static String code(JdbcTemplate jdbc, String mobile) {
			String body = jdbc.queryForObject("select body from notification_message where address = ? and channel = 'SMS'"
					+ " and idempotency_key like 'portal-login:%' order by id desc limit 1", String.class, mobile);
			Matcher code = Pattern.compile("\\d{6}").matcher(body);
			assertThat(code.find()).as(body).isTrue();
			return code.group();
		}

	}

}
