package org.anju.console;

import java.time.LocalDate;
import java.time.ZoneId;

import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** A supervisor books a home visit, is warned of the double booking, books anyway, and sees both on the team view. */
class AgendaBrowserIT extends BrowserTest {

	@Test
	void aDoubleBookingIsWarnedAndKeptWhenBookedAnyway() throws Exception {
		ProjectFixture p = fixtures.project();
		long staff = fixtures.staffId(p.staff());
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
		login(p.supervisor());
		find(".main-nav a[href$='/agenda']").click();

		book("上门维修厨房水管", day, "10:00", "11:00", staff);
		assertThat(find("#agenda-flash").getText()).contains("已预约「上门维修厨房水管」");

		book("上门查看渗水", day, "10:30", "11:30", staff);
		WebElement conflict = find("#conflict");
		assertThat(conflict.getText()).contains("时间冲突", "上门维修厨房水管", "员工" + p.staff());
		screenshot("agenda-conflict");
		find("#bookAnyway").click();
		assertThat(find("#agenda-flash").getText()).contains("上门查看渗水", "冲突");

		open("/agenda/team?projectId=" + p.projectId() + "&from=" + day);
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("team-week"), "上门查看渗水"));
		String team = find("#team-week").getText();
		assertThat(team).contains("上门维修厨房水管", "上门查看渗水", "10:00–11:00", "10:30–11:30", "时间冲突",
				"员工" + p.staff());
		assertThat(browser.findElements(By.cssSelector("#team-week .agenda-warn"))).hasSize(1);
		screenshot("agenda-team");
	}

	private void book(String title, LocalDate day, String start, String end, long staffId) {
		WebElement form = find("#booking-form");
		form.findElement(By.id("book-title")).sendKeys(title);
		set(form.findElement(By.id("book-date")), day.toString());
		set(form.findElement(By.id("book-start")), start);
		set(form.findElement(By.id("book-end")), end);
		form.findElement(By.id("staff-" + staffId)).click();
		form.findElement(By.id("book")).click();
	}

	private static void set(WebElement input, String value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
	}

}
