package org.anju.console;

import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff log in to the console with their accounts, see what their role allows, and log out. */
class LoginBrowserIT extends BrowserTest {

	@Test
	void everyRoleLogsInAndSeesItsMenu() throws Exception {
		ProjectFixture p = fixtures.project();
		login(p.agent());
		assertThat(find(".who").getText()).isEqualTo("员工" + p.agent());
		assertThat(find(".main-nav").getText()).contains("投诉队列", "来电登记").doesNotContain("管理");
		screenshot("home-agent");
		find("form[action$='/logout'] button").click();
		awaitText(".alert", "您已安全退出");

		login(p.staff());
		assertThat(find(".main-nav").getText()).contains("投诉队列").doesNotContain("来电登记", "管理");
		browser.manage().deleteAllCookies();
		login(p.manager());
		assertThat(find(".main-nav").getText()).contains("来电登记", "管理");
		browser.manage().deleteAllCookies();
		login(ADMIN);
		assertThat(find(".main-nav").getText()).contains("管理");
	}

	@Test
	void aWrongPasswordIsRefusedAndPagesNeedALogin() throws Exception {
		ProjectFixture p = fixtures.project();
		open("/queues/mine");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		browser.findElement(By.id("username")).sendKeys(p.agent());
		browser.findElement(By.id("password")).sendKeys("wrong-password");
		browser.findElement(By.id("login")).click();
		awaitText(".alert.error", "用户名或密码不正确");
		screenshot("login-failed");
	}

	@Test
	void englishIsOneClickAwayAndRemembered() throws Exception {
		ProjectFixture p = fixtures.project();
		open("/login?lang=en");
		assertThat(find("#login").getText()).isEqualTo("Log in");
		login(p.agent());
		assertThat(find(".main-nav").getText()).contains("Queues", "Hotline");
		find(".lang").click();
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".main-nav"), "投诉队列"));
		open("/queues/mine");
		assertThat(find(".main-nav").getText()).contains("投诉队列").doesNotContain("Queues");
	}

}
