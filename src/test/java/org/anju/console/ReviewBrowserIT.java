package org.anju.console;

import java.util.Map;

import org.anju.feedback.Ratings;
import org.anju.platform.security.Owner;
import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The review team in the workbench, and the callback that closes a satisfied owner's complaint. */
class ReviewBrowserIT extends BrowserTest {

	@Autowired
	Ratings ratings;

	@Test
	void aReviewerTakesALowScoreFromTheQueueRecordsTheFollowUpReopensAndFinishes() throws Exception {
		ProjectFixture p = fixtures.project();
		long id = resolved(p);
		String number = get("/api/v1/complaints/" + id, p.agent()).expect(200).get("number").asString();
		ratings.rate(id, new Owner(p.residentIds().get(0), p.householdIds().get(0), p.projectId(), "业主11"), 2, true,
				"<script>alert(1)</script>太慢了");

		login(p.reviewer());
		open("/queues/review");
		find("#queue-results a.number").click();
		assertThat(find("#review").getText()).contains("待复查", "低分评价", "太慢了");
		assertThat(find("#feedback .wb-ratings").getText()).contains("★★", "<script>alert(1)</script>太慢了");
		submitted("#review-take");
		assertThat(find("#done").getText()).isEqualTo("已接手复查。");
		find("#action-review-record > summary").click();
		find("#review-record-text").sendKeys("电话联系业主，师傅上门迟到两天，已道歉并安排复修");
		submitted("#action-review-record button[type=submit]");
		assertThat(find("#review-findings").getText()).contains("已道歉并安排复修");
		find("#action-reopen > summary").click();
		find("#reopen-reason").sendKeys("复查：安排复修");
		submitted("#action-reopen button[type=submit]");
		assertThat(find("#status").getText()).isEqualTo("重新打开");
		assertThat(browser.findElements(By.id("action-reassign"))).as("a reviewer may reassign").isNotEmpty();
		find("#action-review-finish > summary").click();
		new Select(find("#review-finish-outcome")).selectByValue("SATISFIED");
		submitted("#action-review-finish button[type=submit]");
		assertThat(find("#done").getText()).isEqualTo("复查已完成。");
		assertThat(find("#review-outcome").getText()).isEqualTo("复查后满意");
		assertThat(browser.findElements(By.id("action-review-record"))).isEmpty();
		screenshot("workbench-review");

		open("/queues/review");
		assertThat(find("#queue-results").getText()).doesNotContain(number);
	}

	@Test
	void anAgentRecordsASatisfiedCallbackAndTheComplaintCloses() throws Exception {
		ProjectFixture p = fixtures.project();
		long id = resolved(p);
		login(p.agent());
		open("/complaints/" + id);
		find("#action-callback > summary").click();
		new Select(find("#callback-outcome")).selectByValue("SATISFIED");
		new Select(find("#callback-stars")).selectByValue("5");
		find("#callback-note").sendKeys("业主表示已修好");
		submitted("#action-callback button[type=submit]");
		assertThat(find("#done").getText()).isEqualTo("回访已记录。");
		assertThat(find("#status").getText()).isEqualTo("已办结");
		assertThat(find("#timeline").getText()).contains("回访：满意，5星");
		assertThat(find("#feedback").getText()).contains("★★★★★");
	}

	void submitted(String css) {
		WebElement page = browser.findElement(By.tagName("html"));
		find(css).click();
		waitFor(ExpectedConditions.stalenessOf(page));
		find("#status");
	}

	long resolved(ProjectFixture p) throws Exception {
		long id = post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel", "PHONE",
				"content", "卫生间天花板漏水", "topic", "WATER_LEAK")).expect(201).get("id").asLong();
		fixtures.resolve(p, id, "已维修");
		return id;
	}

}
