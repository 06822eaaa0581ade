package org.anju.console;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import javax.imageio.ImageIO;

import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint workbench in Chromium: a complaint taken from assignment to close, a supervisor
 * handling an escalation, a forbidden action neither offered nor accepted, typed-in HTML shown as
 * text, and a stale edit refused with a clear message.
 */
class WorkbenchBrowserIT extends BrowserTest {

	static final String STALE = "该投诉已被他人修改，请刷新后再操作";

	ProjectFixture p;

	long staffId;

	@BeforeEach
	void project() throws Exception {
		p = fixtures.project();
		staffId = fixtures.staffId(p.staff());
		// nobody on duty: new complaints wait for an agent to assign them
		put("/api/v1/staff/" + staffId + "/duty", p.staff(), Map.of("onDuty", false)).expect(200);
	}

	long registerLeak() throws Exception {
		return post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel", "PHONE",
				"content", "楼上漏水到我家卫生间，已经两天了", "topic", "WATER_LEAK")).expect(201).get("id").asLong();
	}

	/** A leak assigned to the fixture's staff member, who has started on it. */
	long leakInProgress() throws Exception {
		long id = registerLeak();
		post("/api/v1/complaints/" + id + "/assign", p.agent(), Map.of("assigneeId", staffId)).expect(200);
		post("/api/v1/complaints/" + id + "/start", p.staff(), null).expect(200);
		return id;
	}

	JsonNode complaint(long id) throws Exception {
		return get("/api/v1/complaints/" + id, p.agent()).expect(200);
	}

	List<String> timelineTypes(long id) throws Exception {
		return StreamSupport.stream(get("/api/v1/complaints/" + id + "/timeline", p.agent()).expect(200).spliterator(), false)
			.map(e -> e.get("type").asString() + ":" + (e.get("toStatus") == null || e.get("toStatus").isNull() ? ""
					: e.get("toStatus").asString()))
			.toList();
	}

	void as(String username, long id) {
		browser.manage().deleteAllCookies();
		login(username);
		open("/complaints/" + id);
		find("#status");
	}

	/** Opens an action's form (its summary button). */
	void openAction(String action) {
		find("#action-" + action + " > summary").click();
	}

	void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	void setValue(String css, String value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", find(css), value);
	}

	/** Submits an action's form and waits for the page that answers it. */
	void submit(String action) {
		WebElement page = browser.findElement(By.tagName("html"));
		find("#action-" + action + " button[type=submit]").click();
		waitFor(ExpectedConditions.stalenessOf(page));
		find("#status");
	}

	/** A screenshot of the whole page, not just the window. */
	void wholePage(String name) {
		Dimension window = browser.manage().window().getSize();
		long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
		browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 4000)));
		screenshot(name);
		browser.manage().window().setSize(window);
	}

	String status() {
		return find("#status").getText();
	}

	String timeline() {
		return find("#timeline").getText();
	}

	boolean offered(String action) {
		return !browser.findElements(By.id("action-" + action)).isEmpty();
	}

	@Test
	void aComplaintGoesFromAssignmentToClose() throws Exception {
		long id = registerLeak();
		as(p.agent(), id);
		assertThat(status()).isEqualTo("已受理");
		assertThat(find("#owner").getText()).contains("业主11", "1栋1单元1101", "业主");
		assertThat(find("#clock-first-contact").getText()).contains("首次联系", "截止");
		assertThat(offered("start")).isFalse();

		openAction("classify");
		new Select(find("#classify-urgency")).selectByValue("EMERGENCY");
		submit("classify");
		assertThat(find("#done").getText()).isEqualTo("分类已更新。");
		assertThat(find("#urgency").getText()).isEqualTo("紧急");

		openAction("assign");
		submit("assign");
		assertThat(find("#assign-assigneeId-error").getText()).isEqualTo("请填写此项。");
		new Select(find("#assign-assigneeId")).selectByValue(String.valueOf(staffId));
		submit("assign");
		assertThat(status()).isEqualTo("已派单");
		assertThat(find("#done").getText()).isEqualTo("已派单。");
		assertThat(find("#assignee").getText()).isEqualTo("员工" + p.staff());
		assertThat(timeline()).contains("派单");

		as(p.staff(), id);
		submit("start");
		assertThat(status()).isEqualTo("处理中");

		openAction("contact");
		new Select(find("#contact-method")).selectByValue("PHONE");
		type("#contact-summary", "已电话联系业主，约定明早上门查看");
		submit("contact");
		openAction("note");
		type("#note-text", "已联系楼上住户，明早九点上门查看管道");
		new Select(find("#note-visibility")).selectByValue("PUBLIC");
		submit("note");
		assertThat(find("#timeline li.entry").getAttribute("class")).contains("public");
		assertThat(find("#timeline li.entry").getText()).contains("公开", "进展", "已联系楼上住户，明早九点上门查看管道");
		assertThat(browser.findElements(By.cssSelector("#timeline li.internal"))).isNotEmpty();
		assertThat(find("#clock-first-contact").getText()).contains("已于");

		openAction("hold");
		submit("hold");
		assertThat(find("#hold-reason-error").getText()).isEqualTo("请填写此项。");
		assertThat(find("#hold-expectedDate-error").getText()).isEqualTo("请填写此项。");
		assertThat(status()).isEqualTo("处理中");
		type("#hold-reason-input", "等待配件");
		setValue("#hold-expectedDate", today().minusDays(1).toString());
		submit("hold");
		assertThat(find("#hold-expectedDate-error").getText()).isEqualTo("日期不能早于今天。");
		wholePage("workbench-form-errors");
		assertThat(find("#hold-reason-input").getAttribute("value")).isEqualTo("等待配件");
		setValue("#hold-expectedDate", today().plusDays(3).toString());
		submit("hold");
		assertThat(status()).isEqualTo("挂起");
		assertThat(find("#hold-reason").getText()).isEqualTo("等待配件");
		assertThat(find("#clock-resolution").getText()).contains("挂起中");
		assertThat(offered("hold")).isFalse();
		assertThat(offered("resolve")).isFalse();

		submit("resume");
		assertThat(status()).isEqualTo("处理中");
		assertThat(find("#clock-resolution").getText()).contains("截止");
		upload(id);
		wholePage("workbench");

		openAction("resolve");
		type("#resolve-summary", "已更换楼上排水管，业主确认不再漏水");
		submit("resolve");
		assertThat(status()).isEqualTo("已处理待回访");
		assertThat(find("#resolution").getText()).isEqualTo("已更换楼上排水管，业主确认不再漏水");
		assertThat(offered("close")).isFalse();

		as(p.agent(), id);
		openAction("close");
		type("#close-note", "回访业主，表示满意");
		submit("close");
		assertThat(status()).isEqualTo("已办结");
		assertThat(complaint(id).get("status").asString()).isEqualTo("CLOSED");
		assertThat(timelineTypes(id)).containsSubsequence("ASSIGNED:ASSIGNED", "STATUS_CHANGED:IN_PROGRESS",
				"CONTACT:", "NOTE:", "STATUS_CHANGED:ON_HOLD", "STATUS_CHANGED:IN_PROGRESS", "ATTACHMENT:",
				"STATUS_CHANGED:RESOLVED", "STATUS_CHANGED:CLOSED");
	}

	/** A photo uploaded from the page shows as a preview, loaded with the session login. */
	void upload(long id) throws Exception {
		Path photo = Files.createTempFile("leak", ".png");
		BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x2b6cb0));
		g.fillRect(0, 0, 160, 120);
		g.dispose();
		ImageIO.write(image, "png", photo.toFile());
		find("#attach-file").sendKeys(photo.toAbsolutePath().toString());
		submit("attach");
		assertThat(find("#done").getText()).isEqualTo("附件已上传。");
		WebElement preview = find("img.wb-preview");
		waitFor(d -> (Boolean) ((JavascriptExecutor) d)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth === 160;", preview));
	}

	@Test
	void aSupervisorHandlesAnEscalatedComplaint() throws Exception {
		long id = leakInProgress();
		post("/api/v1/complaints/" + id + "/escalate", p.manager(), Map.of("reason", "业主第三次来电")).expect(200);
		String other = fixtures.staff(p.projectId(), "STAFF", "ENGINEERING");

		as(p.agent(), id);
		assertThat(find("#escalation").getText()).isEqualTo("升级 L1");
		assertThat(offered("escalate")).isFalse();
		assertThat(offered("cancel")).isFalse();

		as(p.supervisor(), id);
		assertThat(find("#escalation").getText()).isEqualTo("升级 L1");
		openAction("escalate");
		type("#escalate-reason", "业主扬言找媒体，报项目经理");
		submit("escalate");
		assertThat(find("#escalation").getText()).isEqualTo("升级 L2");
		assertThat(find("#timeline li.internal").getText()).contains("内部", "升级", "L2: 业主扬言找媒体，报项目经理");

		openAction("reassign");
		new Select(find("#reassign-assigneeId")).selectByValue(String.valueOf(fixtures.staffId(other)));
		submit("reassign");
		assertThat(find("#reassign-reason-error").getText()).isEqualTo("请填写此项。");
		type("#reassign-reason", "原负责人休假");
		submit("reassign");
		assertThat(status()).isEqualTo("已派单");
		assertThat(find("#assignee").getText()).isEqualTo("员工" + other);
		assertThat(complaint(id).get("escalationLevel").asInt()).isEqualTo(2);
		assertThat(complaint(id).get("assigneeId").asLong()).isEqualTo(fixtures.staffId(other));
	}

	@Test
	void aForbiddenActionIsNotOfferedAndRefusedWhenForced() throws Exception {
		long id = leakInProgress();
		String other = fixtures.staff(p.projectId(), "STAFF", "ENGINEERING");
		long version = complaint(id).get("version").asLong();

		as(other, id);
		assertThat(status()).isEqualTo("处理中");
		assertThat(offered("note")).isTrue();
		assertThat(offered("resolve")).isFalse();
		assertThat(offered("hold")).isFalse();
		assertThat(offered("assign")).isFalse();
		assertThat(offered("escalate")).isFalse();

		Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				var body = new URLSearchParams();
				body.append('summary', '偷偷办结');
				body.append('expectedVersion', arguments[1]);
				body.append('_csrf', document.querySelector('meta[name="csrf-token"]').content);
				fetch('/complaints/' + arguments[0] + '/resolve', {method: 'POST', body: body})
					.then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + t); }); });
				""", id, version);
		assertThat(answer.toString()).startsWith("403").contains("无权操作");
		assertThat(complaint(id).get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(complaint(id).get("version").asLong()).isEqualTo(version);
	}

	@Test
	void htmlTypedInByUsersIsShownAsText() throws Exception {
		String payload = "<script>document.title='pwned'</script><img src=x onerror=alert(1)>";
		String name = "<img src=x onerror=\"document.title='pwned'\">"; // a name has at most 60 characters
		Map<String, Object> body = new HashMap<>();
		body.put("projectId", p.projectId());
		body.put("complainantName", name);
		body.put("complainantPhone", "13800000000");
		body.put("channel", "PHONE");
		body.put("content", payload);
		long id = post("/api/v1/complaints", p.agent(), body).expect(201).get("id").asLong();
		post("/api/v1/complaints/" + id + "/notes", p.agent(), Map.of("text", payload, "visibility", "INTERNAL"))
			.expect(201);

		as(p.agent(), id);
		String number = complaint(id).get("number").asString();
		assertThat(browser.getTitle()).isEqualTo(number + " · 安居");
		assertThat(find("#content").getText()).isEqualTo(payload);
		assertThat(find("#owner-name").getText()).isEqualTo(name);
		assertThat(find("#timeline li.entry .message").getText()).isEqualTo(payload);
		assertThat(browser.findElements(By.cssSelector("main script, main img[src='x']"))).isEmpty();
		// a note typed into the page is shown as text too
		openAction("note");
		type("#note-text", payload);
		submit("note");
		assertThat(find("#timeline li.entry .message").getText()).isEqualTo(payload);
		assertThat(browser.getTitle()).isEqualTo(number + " · 安居");
		assertThat(browser.findElements(By.cssSelector("main script, main img[src='x']"))).isEmpty();
	}

	@Test
	void aStaleEditIsRefusedWithAClearMessage() throws Exception {
		long id = leakInProgress();
		as(p.staff(), id);
		openAction("hold");
		type("#hold-reason-input", "等待配件");
		setValue("#hold-expectedDate", today().plusDays(2).toString());

		// meanwhile an agent changes the complaint's urgency
		JsonNode before = complaint(id);
		String urgency = before.get("urgency").asString().equals("NORMAL") ? "URGENT" : "NORMAL";
		put("/api/v1/complaints/" + id + "/classification", p.agent(), Map.of("topic", "WATER_LEAK", "urgency", urgency))
			.expect(200);
		long version = complaint(id).get("version").asLong();
		assertThat(version).isGreaterThan(before.get("version").asLong());

		submit("hold");
		assertThat(find("#problem").getText()).contains(STALE);
		assertThat(status()).isEqualTo("处理中");
		assertThat(complaint(id).get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(complaint(id).get("version").asLong()).isEqualTo(version);
		assertThat(timelineTypes(id)).doesNotContain("STATUS_CHANGED:ON_HOLD");
	}

	@Test
	void anotherProjectsComplaintIsNotFound() throws Exception {
		long id = registerLeak();
		ProjectFixture elsewhere = fixtures.project();
		browser.manage().deleteAllCookies();
		login(elsewhere.agent());
		open("/complaints/" + id);
		assertThat(find("main").getText()).contains("没有找到");
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

}
