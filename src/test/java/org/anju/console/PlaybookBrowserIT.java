package org.anju.console;

import java.util.Map;

import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** The playbook panel: the checklist, the required records before resolving, a reply script inserted. */
class PlaybookBrowserIT extends BrowserTest {

	@Test
	void aSupervisorFollowsTheEntrapmentPlaybookAndResolvesOnceTheRecordsAreTaken() throws Exception {
		ProjectFixture p = fixtures.project();
		long id = post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel", "PHONE",
				"content", "电梯突然停了，我妈妈被困在电梯里出不来", "topic", "ELEVATOR_ENTRAPMENT")).expect(201).get("id")
			.asLong();
		if ("RECEIVED".equals(get("/api/v1/complaints/" + id, p.agent()).expect(200).get("status").asString())) {
			post("/api/v1/complaints/" + id + "/assign", p.agent(), Map.of("assigneeId", fixtures.staffId(p.staff())))
				.expect(200);
		}
		post("/api/v1/complaints/" + id + "/start", p.supervisor(), Map.of()).expect(200);

		login(p.supervisor());
		open("/complaints/" + id);
		assertThat(find("#playbook-entry").getText()).startsWith("电梯困人");
		assertThat(browser.findElements(By.cssSelector("#playbook-steps li"))).isNotEmpty();
		assertThat(find("#playbook-steps").getText()).contains("时限");

		find("#action-resolve > summary").click();
		find("#resolve-summary").sendKeys("已救出");
		submitted("#action-resolve button[type=submit]");
		assertThat(find("#problem").getText()).contains("还有必须记录的内容未填写");
		assertThat(find("#status").getText()).isEqualTo("处理中");

		java.util.List<String> keys = browser.findElements(By.cssSelector("#playbook-records .record")).stream()
			.map(r -> r.getAttribute("data-key")).toList();
		assertThat(keys).isNotEmpty();
		for (String key : keys) {
			find("#record-" + key).sendKeys("25");
			submitted("#record-" + key + "-save");
		}
		assertThat(browser.findElements(By.cssSelector("#playbook-records input[name=value]"))).isEmpty();
		WebElement tick = browser.findElements(By.cssSelector("#playbook-steps button")).stream().findFirst().orElse(null);
		if (tick != null) {
			submitted("#" + tick.getAttribute("id"));
		}
		assertThat(find("#playbook-steps li.done").getText()).contains("完成");

		submitted("#script-0");
		String reply = find("#note-text").getAttribute("value");
		assertThat(reply).isNotBlank().doesNotContain("{salutation}", "{expected}", "{number}");
		find("#note-visibility option[value=PUBLIC]").click();
		submitted("#action-note button[type=submit]");
		assertThat(find("#timeline").getText()).contains(reply.substring(0, Math.min(8, reply.length())));

		find("#action-resolve > summary").click();
		find("#resolve-summary").sendKeys("已救出，电梯恢复运行");
		submitted("#action-resolve button[type=submit]");
		assertThat(find("#status").getText()).isEqualTo("已处理待回访");
		assertThat(find("#timeline").getText()).contains("处理步骤");
		String number = find("#number").getText();

		long next = post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(1), "channel", "PHONE",
				"content", "电梯又困人了，卡在电梯里出不来", "topic", "ELEVATOR_ENTRAPMENT")).expect(201).get("id").asLong();
		open("/complaints/" + next);
		assertThat(find("#similar").getText()).as("the first, resolved, is a similar past complaint")
			.contains(number);
		screenshot("workbench-playbook");
	}

	void submitted(String css) {
		WebElement page = browser.findElement(By.tagName("html"));
		find(css).click();
		waitFor(ExpectedConditions.stalenessOf(page));
		find("#status");
	}

}
