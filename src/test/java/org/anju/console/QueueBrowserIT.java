package org.anju.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent works through the queues in Chromium: counts, search, paging, sorting, the keyboard and
 * the way to a complaint; and text a user typed stays text.
 */
class QueueBrowserIT extends BrowserTest {

	private static final String ROWS = "#queue-results tbody tr";

	@Test
	void anAgentFindsSortsAndPagesTheirComplaints() throws Exception {
		ProjectFixture p = fixtures.project();
		long agentId = fixtures.staffId(p.agent());
		String word = unique("zebra");
		List<String> numbers = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		String[] texts = { "garage door is broken", "the lobby smells of paint " + word, "lamp flickers on floor two",
				"bicycle stolen near gate", "window cracked in hallway" };
		for (int i = 0; i < texts.length; i++) {
			var c = post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(i % 4), "channel",
					"PHONE", "content", texts[i])).expect(201);
			numbers.add(c.get("number").asString());
			ids.add(c.get("id").asLong());
		}
		for (int i = 0; i < 3; i++) { // the other two stay unassigned, in triage
			post("/api/v1/complaints/" + ids.get(i) + "/assign", p.agent(), Map.of("assigneeId", agentId)).expect(200);
		}

		login(p.agent());
		open("/queues/mine");
		assertThat(find("#tab-mine .count").getText()).isEqualTo("3");
		assertThat(find("#tab-triage .count").getText()).isEqualTo("2");
		assertThat(browser.findElements(By.id("tab-all"))).isEmpty();
		assertThat(rows()).hasSize(3);
		assertThat(firstNumber()).isEqualTo(numbers.get(2)); // newest first

		find("#sort-number").click();
		waitFor(d -> firstNumber().equals(numbers.get(0)));
		assertThat(browser.getCurrentUrl()).contains("sort=number", "dir=asc");
		find("#sort-number").click();
		waitFor(d -> firstNumber().equals(numbers.get(2)));

		open("/queues/mine?size=2");
		assertThat(rows()).hasSize(2);
		find("#page-next").click();
		waitFor(ExpectedConditions.textToBe(By.id("page-info"), "第 2 / 2 页"));
		assertThat(rows()).hasSize(1);
		assertThat(browser.getCurrentUrl()).contains("page=1");

		open("/queues/mine");
		search(numbers.get(1));
		waitFor(d -> rows().size() == 1 && firstNumber().equals(numbers.get(1)));
		search(word);
		waitFor(d -> rows().size() == 1 && firstNumber().equals(numbers.get(1)));

		open("/queues/triage");
		assertThat(rows()).hasSize(2);
		assertThat(find("#queue-results").getText()).contains(numbers.get(3), numbers.get(4));
		find("#tab-mine").click();
		find("#queue-results a.number").click();
		waitFor(ExpectedConditions.urlMatches("/complaints/" + ids.get(2) + "$"));
	}

	@Test
	void theKeyboardSearchesMovesAndOpens() throws Exception {
		ProjectFixture p = fixtures.project();
		List<Long> ids = new ArrayList<>();
		for (String text : new String[] { "fence is loose", "gate code wrong" }) {
			ids.add(post("/api/v1/complaints", p.agent(),
					Map.of("residentId", p.residentIds().get(0), "channel", "PHONE", "content", text)).expect(201).get("id").asLong());
		}
		login(p.agent());
		open("/queues/triage");
		assertThat(rows()).hasSize(2);
		WebElement body = browser.findElement(By.tagName("body"));
		body.sendKeys("/");
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
		browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		body.sendKeys("j");
		body.sendKeys("j");
		body.sendKeys("k");
		assertThat(find(ROWS + ".selected a.number").getText()).isEqualTo(rows().get(0).findElement(By.cssSelector("a.number")).getText());
		body.sendKeys("j");
		body.sendKeys(Keys.ENTER);
		waitFor(ExpectedConditions.urlMatches("/complaints/" + ids.get(0) + "$"));
	}

	@Test
	void scriptInAComplaintIsShownAsText() throws Exception {
		ProjectFixture p = fixtures.project();
		String content = "<script>document.title='pwned'</script><b>x</b>";
		post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel", "PHONE",
				"content", content)).expect(201);
		login(p.agent());
		open("/queues/triage");
		WebElement row = find(ROWS);
		assertThat(row.getText()).contains(content);
		assertThat(row.findElements(By.tagName("b"))).isEmpty();
		assertThat(browser.getTitle()).isEqualTo("待分派 · 投诉队列");
		search("pwned");
		waitFor(d -> browser.getCurrentUrl().contains("q=pwned"));
		assertThat(find(ROWS).getText()).contains(content);
		assertThat(browser.getTitle()).isEqualTo("待分派 · 投诉队列");
		screenshot("queues");
	}

	private void search(String text) {
		WebElement q = find("#q");
		q.clear();
		q.sendKeys(text, Keys.ENTER);
	}

	private List<WebElement> rows() {
		return browser.findElements(By.cssSelector(ROWS));
	}

	private String firstNumber() {
		try {
			return browser.findElement(By.cssSelector(ROWS + " a.number")).getText();
		}
		catch (RuntimeException ex) { // the table is being swapped
			return "";
		}
	}

}
