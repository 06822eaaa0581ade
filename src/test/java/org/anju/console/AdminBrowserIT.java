package org.anju.console;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** The administration pages in the browser: residents, the roster import, staff, templates, escaping. */
class AdminBrowserIT extends BrowserTest {

	@Test
	void aManagerAddsAResidentAndSeesItListed() throws Exception {
		ProjectFixture p = fixtures.project();
		login(p.manager());
		open("/admin/projects/" + p.projectId());
		find("a[href$='/admin/households/" + p.householdIds().get(0) + "']").click();
		find("#add-resident input[name='name']").sendKeys("钱多多");
		new Select(find("#add-resident select[name='relation']")).selectByValue("TENANT");
		find("#add-resident input[name='mobile']").sendKeys("13800001111");
		new Select(find("#add-resident select[name='preferredChannel']")).selectByValue("SMS");
		find("#add-resident button[type='submit']").click();
		awaitText("#notice", "已保存");
		assertThat(find("#residents").getText()).contains("钱多多", "租户", "13800001111", "短信");
	}

	@Test
	void badInputIsShownNextToTheFieldInChinese() throws Exception {
		ProjectFixture p = fixtures.project();
		login(p.manager());
		open("/admin/households/" + p.householdIds().get(0));
		find("#add-resident input[name='mobile']").sendKeys("12345");
		find("#add-resident button[type='submit']").click();
		assertThat(find(".field-error").getText()).isNotBlank();
		assertThat(pageText()).contains("此项必填", "请输入11位中国大陆手机号码");
	}

	@Test
	void aRosterWithABadRowImportsNothingAndAGoodOneImportsAll() throws Exception {
		ProjectFixture p = fixtures.project();
		login(p.manager());
		open("/admin/projects/" + p.projectId() + "/import");
		String header = "楼栋,单元,房号,姓名,关系,手机\n";
		find("#roster-file").sendKeys(file("bad.csv", header + "九栋,1单元,101,周一,业主,13900000001\n"
				+ "九栋,1单元,102,吴二,业主,12345\n").toString());
		find("#roster button[type='submit']").click();
		assertThat(find("#import-errors").getText()).contains("3", "手机", "11位");
		assertThat(pageText()).contains("未导入任何数据");
		open("/admin/projects/" + p.projectId());
		assertThat(pageText()).doesNotContain("九栋");

		open("/admin/projects/" + p.projectId() + "/import");
		find("#roster-file").sendKeys(file("good.csv", header + "九栋,1单元,101,周一,业主,13900000001\n"
				+ "九栋,1单元,102,吴二,租户,13900000002\n").toString());
		find("#roster button[type='submit']").click();
		awaitText("#import-summary", "导入完成");
		assertThat(find(".residents-created").getText()).isEqualTo("2");
		screenshot("admin-import");
	}

	@Test
	void anAdministratorCreatesAStaffMemberWithRoles() throws Exception {
		ProjectFixture p = fixtures.project();
		String username = unique("zhou");
		login(ADMIN);
		open("/admin/staff/new");
		find("#username").sendKeys(username);
		find("#password").sendKeys("secret-pw-1");
		find("#displayName").sendKeys("周师傅");
		browser.findElement(By.cssSelector("input[name='roles'][value='STAFF']")).click();
		browser.findElement(By.cssSelector("input[name='roles'][value='SUPERVISOR']")).click();
		browser.findElement(By.cssSelector("input[name='projectIds'][value='" + p.projectId() + "']")).click();
		new Select(find("#departmentCode")).selectByValue("ENGINEERING");
		find("#create-staff").click();
		awaitText("#notice", "已保存");
		assertThat(find("#staff-" + username).getText()).contains("周师傅", "部门员工", "主管", "工程部", "在职");
		assertThat(browser.getCurrentUrl()).endsWith("/admin/staff?projectId=" + p.projectId());
		screenshot("admin-staff");
	}

	@Test
	void aTemplateWithAnUnknownVariableIsRefusedInChinese() throws Exception {
		login(ADMIN);
		open("/admin/templates");
		find("a[href$='/admin/templates/ACKNOWLEDGED']").click();
		find("#body").clear();
		find("#body").sendKeys("{salutation}您好，编号{number}，{bogus}");
		find("#template-form button[type='submit']").click();
		assertThat(find("#body-error").getText()).contains("未知变量", "{bogus}");
	}

	@Test
	void typedHtmlIsShownAsText() throws Exception {
		ProjectFixture p = fixtures.project();
		String evil = "<script>document.title='pwned'</script>";
		login(p.manager());
		open("/admin/households/" + p.householdIds().get(1));
		String title = browser.getTitle();
		find("#add-resident input[name='name']").sendKeys(evil);
		find("#add-resident button[type='submit']").click();
		assertThat(find("#residents").getText()).contains(evil);
		assertThat(browser.getTitle()).isEqualTo(title).doesNotContain("pwned");
	}

	private static Path file(String name, String content) throws Exception {
		Path file = Files.createTempDirectory("anju-roster").resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

}
