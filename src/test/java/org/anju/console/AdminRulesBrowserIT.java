package org.anju.console;

import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules in the browser: the administrator adds and renames a topic; a manager sets business hours. */
class AdminRulesBrowserIT extends BrowserTest {

	@Test
	void anAdministratorAddsATopicThatTheHotlineOffers() throws Exception {
		String code = unique("PARKING_").toUpperCase();
		login(ADMIN);
		open("/admin/topics");
		find("#new-topic").click();
		find("#code").sendKeys(code);
		find("#nameZh").sendKeys("停车收费争议");
		new Select(find("#category")).selectByValue("SERVICE");
		new Select(find("#department")).selectByValue("FINANCE");
		new Select(find("#urgency")).selectByValue("NORMAL");
		find("#description").sendKeys("停车费、车位租金的收费争议");
		find("#save-topic").click();
		awaitText("#notice", "已保存");
		assertThat(find("#topic-" + code).getText()).contains(code, "停车收费争议", "服务态度类", "一般", "财务部");
		screenshot("admin-topics");

		find("#topic-" + code + " a.edit-topic").click();
		assertThat(find("#topic-form").getText()).contains(code);
		find("#nameZh").clear();
		find("#nameZh").sendKeys("停车收费");
		new Select(find("#urgency")).selectByValue("URGENT");
		find("#save-topic").click();
		awaitText("#notice", "已保存");
		assertThat(find("#topic-" + code).getText()).contains("停车收费", "紧急").doesNotContain("停车收费争议");

		ProjectFixture p = fixtures.project();
		String mobile = get("/api/v1/residents/" + p.residentIds().get(0), p.agent()).expect(200).get("mobile").asString();
		browser.manage().deleteAllCookies();
		login(p.agent());
		open("/hotline");
		find("#callerNumber").sendKeys(mobile);
		find("#answerCall").click();
		find("#screen-pop");
		assertThat(new Select(find("#topic")).getOptions()).anySatisfy(option -> {
			assertThat(option.getAttribute("value")).isEqualTo(code);
			assertThat(option.getText()).isEqualTo("停车收费");
		});
	}

	@Test
	void aDuplicateCodeIsShownNextToTheField() throws Exception {
		login(ADMIN);
		open("/admin/topics/new");
		find("#code").sendKeys("WATER_LEAK");
		find("#nameZh").sendKeys("又一个漏水");
		new Select(find("#category")).selectByValue("FACILITY");
		new Select(find("#department")).selectByValue("ENGINEERING");
		new Select(find("#urgency")).selectByValue("URGENT");
		find("#save-topic").click();
		awaitText("#topic-form .field-error", "已有分类使用这个编码");
	}

	@Test
	void aManagerChangesTheProjectsBusinessHours() throws Exception {
		ProjectFixture p = fixtures.project();
		login(p.manager());
		open("/admin/sla?projectId=" + p.projectId());
		find("#hours-link a").click();
		awaitText("h1", "服务时间");
		assertThat(find("#opens").getAttribute("value")).isEqualTo("08:30");
		assertThat(find("#closes").getAttribute("value")).isEqualTo("18:00");

		type("#opens", "18:00");
		type("#closes", "07:00");
		find("#save-hours").click();
		awaitText("#hours-form .field-error", "下班时间须晚于上班时间");

		type("#opens", "07:00");
		type("#closes", "21:00");
		find("#save-hours").click();
		awaitText("#notice", "已保存");
		assertThat(find("#opens").getAttribute("value")).isEqualTo("07:00");
		assertThat(find("#closes").getAttribute("value")).isEqualTo("21:00");
		screenshot("admin-hours");
		JsonNode saved = get("/api/v1/projects/" + p.projectId() + "/business-hours", p.manager()).expect(200);
		assertThat(saved.get("opens").asString()).startsWith("07:00");
		assertThat(saved.get("closes").asString()).startsWith("21:00");
		assertThat(saved.get("zone").asString()).isEqualTo("Asia/Shanghai");

		open("/admin");
		find("#hours-card a[href$='/admin/projects/" + p.projectId() + "/hours']").click();
		waitFor(ExpectedConditions.urlContains("/hours"));
		assertThat(browser.findElement(By.id("closes")).getAttribute("value")).isEqualTo("21:00");
	}

	/** A time field's text depends on the browser's locale; set its value as the picker would. */
	private void type(String css, String value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", find(css), value);
	}

}
