package org.anju.console;

import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** 访客登记 in the console: a wrong ID is refused next to the field; a visitor checks in, is inside, checks out. */
class VisitorBrowserIT extends BrowserTest {

	@Test
	void aVisitorChecksInIsInsideAndChecksOut() throws Exception {
		ProjectFixture p = fixtures.project();
		String guard = fixtures.staff(p.projectId(), "STAFF", "SECURITY");
		login(guard);
		open("/visitors");
		assertThat(find("#inside").getText()).contains("当前没有在园访客");

		fill("李四", "110105194912310021");
		find("#checkInButton").click();
		awaitText("#idNumber-error", "证件号码无效");
		assertThat(find("#idNumber").getAttribute("value")).isEmpty(); // the number is not sent back

		fill(null, "11010519491231002X");
		find("#checkInButton").click();
		awaitText("#done", "李四 已登记进入");
		String row = find("#inside tbody tr").getText();
		assertThat(row).contains("李四", "110***********002X", "V08").doesNotContain("19491231");
		screenshot("visitor-inside");

		find("#inside .check-out").click();
		awaitText("#done", "李四 已离开");
		assertThat(find("#inside").getText()).contains("当前没有在园访客").doesNotContain("李四");
		assertThat(browser.findElements(By.cssSelector("#inside tbody tr"))).isEmpty();
	}

	@Test
	void aRefusingHostKeepsTheVisitorOut() throws Exception {
		ProjectFixture p = fixtures.project();
		login(p.agent());
		open("/visitors");
		fill("王五", "11010519491231002X");
		find("#refused").click();
		find("#checkInButton").click();
		assertThat(find(".alert.error").getText()).contains("住户拒绝来访", "王五");
		assertThat(find("#inside").getText()).contains("当前没有在园访客");
	}

	private void fill(String name, String idNumber) {
		if (name != null) {
			find("#visitorName").clear();
			find("#visitorName").sendKeys(name);
		}
		find("#idNumber").clear();
		find("#idNumber").sendKeys(idNumber);
		new Select(find("#householdId")).selectByIndex(1);
		find("#hostConfirmedBy").clear();
		find("#hostConfirmedBy").sendKeys("业主11");
		find("#purpose").clear();
		find("#purpose").sendKeys("探亲");
		find("#badge").clear();
		find("#badge").sendKeys("V08");
	}

}
