package org.anju.console;

import java.util.List;
import java.util.Map;

import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 交接班 in the console: the new shift is blocked until it reads and acknowledges the previous log. */
class ShiftBrowserIT extends BrowserTest {

	@Test
	void theNextShiftReadsAndAcknowledgesTheHandoverBeforeItsDutiesShow() throws Exception {
		ProjectFixture p = fixtures.project();
		long postId = post("/api/v1/projects/" + p.projectId() + "/posts", p.manager(), Map.of("name", "东门岗"))
			.expect(201).get("id").asLong();
		String outgoing = fixtures.staff(p.projectId(), "STAFF", "SECURITY");
		String incoming = fixtures.staff(p.projectId(), "STAFF", "SECURITY");
		long first = post("/api/v1/posts/" + postId + "/shifts", outgoing, Map.of()).expect(201).get("id").asLong();
		put("/api/v1/shifts/" + first + "/log", outgoing, Map.of("events", List.of("22:10 巡逻一圈，3栋后门未锁已处理"),
				"equipment", List.of(Map.of("item", "对讲机", "quantity", 3, "state", "完好")))).expect(200);
		post("/api/v1/shifts/" + first + "/items", outgoing, Map.of("text", "3栋电梯异响，待工程部处理")).expect(201);
		post("/api/v1/shifts/" + first + "/submit", outgoing, null).expect(200);

		login(incoming);
		open("/shifts");
		assertThat(find("#postId").getText()).contains("东门岗");
		find("#startShift").click();
		awaitText("#blocked", "请先阅读并确认上一班的交接记录");
		assertThat(browser.findElements(org.openqa.selenium.By.id("duties"))).isEmpty();
		screenshot("shift-blocked");

		find("#read-previous").click();
		awaitText("#events", "3栋后门未锁已处理");
		assertThat(find("#log").getText()).contains("对讲机 × 3", "3栋电梯异响");
		find("#acknowledge").click();

		awaitText(".alert.ok", "已确认上一班的交接记录");
		assertThat(find("#duties").getText()).contains("3栋电梯异响", "上一班转来", "对讲机");
		assertThat(pageText()).doesNotContain("请先阅读并确认上一班的交接记录");
		screenshot("shift-duties");

		// the carried-over item is closed on this shift, and the log handed on
		find("#duties .close-item").click();
		awaitText(".alert.ok", "待办事项已关闭");
		assertThat(find("#duties").getText()).contains("没有待办事项");
		find("#events-input").sendKeys("08:30 交接完毕");
		find("#save-log").click();
		awaitText(".alert.ok", "交接记录已保存");
		find("#submit-log").click();
		awaitText("#shift-status", "已交班");
		assertThat(find("#shift-status").getText()).isEqualTo("已交班");
		assertThat(find("#events").getText()).contains("08:30 交接完毕");

		// the first log shows who acknowledged it
		open("/shifts/" + first);
		assertThat(find("#acknowledged").getText()).contains(incoming);
	}

}
