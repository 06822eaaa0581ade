package org.anju.console;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 待核实通知: a message whose send a crash cut off shows on the dashboard of the project's agents,
 * who resend it once they have checked; other projects do not see it, field staff may not resend.
 */
class UncertainBrowserIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void anAgentSeesAnUncertainMessageAndResendsItDeliberately() throws Exception {
		ProjectFixture p = fixtures.project();
		long message = uncertainMessage(p);
		login(p.agent());
		open("/");
		awaitText("#uncertain-alert", "1 条通知发送结果不明");
		find("#uncertain-alert a").click();
		awaitText("#message-" + message, "#" + complaintOf(message));
		Instant claimed = jdbc.queryForObject("select claimed_at from notification_message where id = ?",
				Timestamp.class, message).toInstant();
		assertThat(find("#message-" + message).getText()).as("the channel in words, the time in the company's zone")
			.contains("短信", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(claimed.atZone(clock.getZone())));
		screenshot("uncertain-deliveries");

		find("#message-" + message + " .resend").click();
		awaitText("#done", "已重新排入发送");
		assertThat(jdbc.queryForObject("select status from notification_message where id = ?", String.class, message))
			.isNotEqualTo("UNCERTAIN");
		assertThat(browser.findElements(By.id("message-" + message))).isEmpty();
		assertThat(find("#none").getText()).contains("没有待核实的通知");
		open("/");
		assertThat(browser.findElements(By.id("uncertain-alert"))).as("nothing left to check").isEmpty();
	}

	@Test
	void otherProjectsDoNotSeeItAndFieldStaffMayNotResendIt() throws Exception {
		ProjectFixture p = fixtures.project();
		long message = uncertainMessage(p);
		login(fixtures.project().agent());
		open("/deliveries/uncertain");
		assertThat(browser.findElements(By.id("message-" + message))).isEmpty();

		login(p.staff());
		open("/deliveries/uncertain");
		assertThat(find("main").getText()).contains("无权操作");
		open("/");
		Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				var body = new URLSearchParams();
				body.append('_csrf', document.querySelector('meta[name="csrf-token"]').content);
				fetch('/deliveries/uncertain/' + arguments[0] + '/resend', {method: 'POST', body: body})
					.then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + t); }); });
				""", message);
		assertThat(answer.toString()).startsWith("403");
		assertThat(jdbc.queryForObject("select status from notification_message where id = ?", String.class, message))
			.isEqualTo("UNCERTAIN");
	}

	/** A complaint's first message to its owner, as a run that died while sending it leaves it. */
	private long uncertainMessage(ProjectFixture p) throws Exception {
		long complaint = post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel",
				"PHONE", "content", "电梯门关不上，来回开合")).expect(201).get("id").asLong();
		long message = jdbc.queryForObject("select min(id) from notification_message where complaint_id = ?",
				Long.class, complaint);
		jdbc.update("update notification_message set status = 'UNCERTAIN', claimed_at = current_timestamp where id = ?",
				message);
		return message;
	}

	private long complaintOf(long message) {
		return jdbc.queryForObject("select complaint_id from notification_message where id = ?", Long.class, message);
	}

}
