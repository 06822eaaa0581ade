package org.anju.console;

import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** The administration's editing pages in the browser: households one at a time, a project, staff, passwords. */
class AdminDirectoryBrowserIT extends BrowserTest {

	@Test
	void aManagerAddsABuildingAUnitAndAHousehold() throws Exception {
		ProjectFixture p = fixtures.project();
		String building = "东区" + unique("");
		login(p.manager());
		open("/admin/projects/" + p.projectId());
		String buildings = "form[action$='/admin/projects/" + p.projectId() + "/buildings'] ";
		find(buildings + "input[name='name']").sendKeys(building);
		find(buildings + "button[type='submit']").click();
		awaitText("#notice", "已保存");
		browser.findElement(By.linkText(building)).click();

		find("#add-unit input[name='name']").sendKeys("2单元");
		find("#add-unit button[type='submit']").click();
		awaitText("#notice", "已保存");
		find("#add-unit input[name='name']").sendKeys("2单元");
		find("#add-unit button[type='submit']").click();
		assertThat(find("#unit-name-error").getText()).isEqualTo("本楼栋已有同名单元");

		new Select(find("#add-household select[name='unitId']")).selectByVisibleText("2单元");
		find("#add-household input[name='room']").sendKeys("0802");
		find("#add-household input[name='floor']").sendKeys("8");
		find("#add-household input[name='areaSqm']").sendKeys("89.5");
		find("#add-household button[type='submit']").click();
		assertThat(find("h1").getText()).isEqualTo(building + "2单元0802");
		assertThat(browser.getCurrentUrl()).contains("/admin/households/");
		assertThat(find("#add-resident")).isNotNull();

		open("/admin/projects/" + p.projectId());
		assertThat(pageText()).contains(building + "2单元0802");
		screenshot("admin-household-added");
	}

	@Test
	void aManagerEditsTheProject() throws Exception {
		ProjectFixture p = fixtures.project();
		login(p.manager());
		open("/admin/projects/" + p.projectId());
		find("#edit-project").click();
		find("#edit-project input[name='name']").clear();
		find("#edit-project input[name='name']").sendKeys("翠湖花园");
		find("#edit-project input[name='address']").clear();
		find("#edit-project input[name='address']").sendKeys("深圳市福田区翠湖路1号");
		find("#edit-project button[type='submit']").click();
		awaitText("#notice", "已保存");
		assertThat(find("h1").getText()).isEqualTo("翠湖花园");
		find("#edit-project").click();
		assertThat(find("#edit-project input[name='address']").getAttribute("value")).isEqualTo("深圳市福田区翠湖路1号");
	}

	@Test
	void aManagerGivesAStaffMemberAnotherRole() throws Exception {
		ProjectFixture p = fixtures.project();
		login(p.manager());
		open("/admin/staff?projectId=" + p.projectId());
		find("#edit-" + p.agent()).click();
		assertThat(browser.findElements(By.cssSelector("input[name='roles'][value='ADMIN']"))).isEmpty();
		find("input[name='roles'][value='SUPERVISOR']").click();
		find("#staff-form input[name='displayName']").clear();
		find("#staff-form input[name='displayName']").sendKeys("王主管");
		find("#save-staff").click();
		awaitText("#notice", "已保存");
		assertThat(find("#staff-" + p.agent()).getText()).contains("王主管", "客服管家", "主管");
		screenshot("admin-staff-edited");
	}

	@Test
	void aResetPasswordLetsTheStaffMemberInAndTheyChangeItThemselves() throws Exception {
		ProjectFixture p = fixtures.project();
		login(p.manager());
		open("/admin/staff?projectId=" + p.projectId());
		find("#edit-" + p.agent()).click();
		find("#reset-password input[name='password']").sendKeys("reset-pw-123");
		find("#reset-password input[name='confirm']").sendKeys("reset-pw-123");
		find("#reset").click();
		awaitText("#notice", "密码已重置");

		browser.manage().deleteAllCookies();
		loginWith(p.agent(), "reset-pw-123");
		find("#account-link").click();
		find("#currentPassword").sendKeys("reset-pw-123");
		find("#password").sendKeys("my-own-pw-456");
		find("#confirm").sendKeys("my-own-pw-456");
		find("#own-password button[type='submit']").click();
		awaitText("#notice", "密码已修改");

		browser.manage().deleteAllCookies();
		loginWith(p.agent(), "my-own-pw-456");
		assertThat(find("#account-link").getText()).isNotBlank();
	}

	private void loginWith(String username, String password) {
		open("/login");
		find("#username").sendKeys(username);
		find("#password").sendKeys(password);
		find("#login").click();
		waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

}
