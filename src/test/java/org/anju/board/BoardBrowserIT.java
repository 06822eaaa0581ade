package org.anju.board;

import java.util.List;
import java.util.Map;

import org.anju.feedback.Ratings;
import org.anju.platform.security.Owner;
import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public board in Chromium, on a phone and a desktop: complaints full of personal data appear
 * by topic, building and state only; a measure staff published through the workbench appears,
 * masked; the month's figures count what was created and rated.
 */
class BoardBrowserIT extends BrowserTest {

	static final String NAME = "张伟强";

	static final String MOBILE = "13812345678";

	static final String ROOM = "3栋2单元1201";

	static final String CONTENT = "我是" + NAME + "，住" + ROOM + "，电话" + MOBILE + "，电梯又坏了，已经三天没人修！";

	@Autowired
	Ratings ratings;

	ProjectFixture p;

	long staffId;

	List<String> residentMobiles;

	String projectName;

	@BeforeEach
	void complaints() throws Exception {
		p = fixtures.project();
		staffId = fixtures.staffId(p.staff());
		residentMobiles = List.of(mobileOf(p.residentIds().get(0)), mobileOf(p.residentIds().get(2)));
		projectName = get("/api/v1/projects/" + p.projectId(), p.agent()).expect(200).get("name").asString();
	}

	String mobileOf(long residentId) throws Exception {
		return get("/api/v1/residents/" + residentId, p.agent()).expect(200).get("mobile").asString();
	}

	/** A complaint by someone named, with a mobile and a room, in the fixture's first building. */
	long named(String topic) throws Exception {
		return post("/api/v1/complaints", p.agent(), Map.of("householdId", p.householdIds().get(0),
				"complainantName", NAME, "complainantPhone", MOBILE, "channel", "PHONE", "title", ROOM + NAME + "投诉",
				"content", CONTENT, "topic", topic)).expect(201).get("id").asLong();
	}

	/** A complaint by a registered resident (second building: the second building's first household). */
	long resident(String topic, String content) throws Exception {
		return post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(2), "channel", "WECHAT",
				"content", content, "topic", topic)).expect(201).get("id").asLong();
	}

	void resolve(long id) throws Exception {
		toStaff(id);
		post("/api/v1/complaints/" + id + "/start", p.staff(), null).expect(200);
		post("/api/v1/complaints/" + id + "/resolve", p.staff(), Map.of("summary", "已处理，" + NAME + "满意")).expect(200);
	}

	@Test
	void theBoardShowsTopicBuildingAndStateButNothingPersonal() throws Exception {
		long lift = named("ELEVATOR_FAULT");
		long lift2 = named("ELEVATOR_FAULT");
		resident("LIGHTING", "楼道灯不亮了，我电话" + residentMobiles.get(0));
		long leak = resident("WATER_LEAK", "1单元1101漏水到1201");
		resolve(lift);
		resolve(leak);
		// the owners rate: a good rating closes the leak, a low one leaves the lift resolved
		ratings.rate(leak, new Owner(p.residentIds().get(2), p.householdIds().get(2), p.projectId(), "业主21"), 4, true,
				"师傅很负责，回访满意");
		ratings.rate(lift, new Owner(p.residentIds().get(0), p.householdIds().get(0), p.projectId(), NAME), 2, true,
				NAME + "觉得太慢");

		// staff publish what they did, through the workbench; the phone and the room in it are masked
		login(p.agent());
		open("/complaints/" + lift);
		find("#action-publish summary").click();
		find("#publish-measure").sendKeys("已更换1栋电梯主板，并增加每周巡检；如仍有问题请致电13900001111或到" + ROOM + "找王先生");
		find("#action-publish button[type=submit]").click();
		assertThat(find("#done").getText()).isEqualTo("处理措施已公示。");
		browser.manage().deleteAllCookies();

		phone();
		open("/board/" + p.projectId());
		find("#figures");
		screenshot("board");
		assertThat(find("#fig-received .value").getText()).isEqualTo("4");
		assertThat(find("#fig-resolved .value").getText()).isEqualTo("2");
		assertThat(find("#fig-stars .value").getText()).isEqualTo("3.0");
		assertThat(find("#fig-satisfied .value").getText()).isEqualTo("50%");
		List<WebElement> rows = browser.findElements(By.cssSelector("#recent .complaint"));
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0).getText()).contains("管道爆裂/漏水/停水", "2栋", "已办结");
		assertThat(find("#recent").getText()).contains("电梯故障/停梯未修", "1栋", "已处理待回访", "已派单", "楼道灯/路灯故障");
		String measure = "已更换1栋电梯主板，并增加每周巡检；如仍有问题请致电***********或到3栋*单元****找*先生";
		assertThat(find("#recent").getText()).contains(measure);
		assertThat(find("#topics").getText()).contains("电梯故障/停梯未修", "2件", measure);
		assertNothingPersonal(browser.getPageSource(), lift2);

		desktop();
		open("/board/" + p.projectId() + "/screen");
		find("#figures");
		screenshot("board-screen");
		assertThat(find("#fig-received .value").getText()).isEqualTo("4");
		assertThat(browser.findElements(By.tagName("a"))).isEmpty();
		assertThat(browser.findElement(By.cssSelector("meta[http-equiv=refresh]")).getAttribute("content")).isEqualTo("300");
		assertNothingPersonal(browser.getPageSource(), lift2);

		open("/board/" + p.projectId() + "?lang=en");
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("fig-received"), "Received this month"));
		assertNothingPersonal(browser.getPageSource(), lift2);
	}

	@Test
	void anotherMonthHasItsOwnFigures() throws Exception {
		named("ELEVATOR_FAULT");
		desktop();
		open("/board");
		find("a[href='/board/" + p.projectId() + "']").click();
		assertThat(find("#fig-received .value").getText()).isEqualTo("1");
		find("#prev-month").click();
		waitFor(ExpectedConditions.urlContains("month="));
		assertThat(find("#fig-received .value").getText()).isEqualTo("0");
		assertThat(find("#topics").getText()).contains("本月暂无投诉");
		// the recent complaints are the last 30 days whatever the month
		assertThat(browser.findElements(By.cssSelector("#recent .complaint"))).hasSize(1);
	}

	/** No name, phone, unit, room, owner's text or complaint number (the project's generated name aside). */
	private void assertNothingPersonal(String page, long id) throws Exception {
		String source = page.replace(projectName, "");
		assertThat(source).doesNotContain(NAME, MOBILE, ROOM, "2单元", "1201", "1101", "1单元", "13900001111", "王先生",
				"电梯又坏了", "楼道灯不亮", "漏水到", residentMobiles.get(0), residentMobiles.get(1), "业主1", "业主2",
				"回访满意", "师傅很负责", "太慢");
		String number = get("/api/v1/complaints/" + id, p.agent()).expect(200).get("number").asString();
		assertThat(source).doesNotContain(number);
	}

	/** Gives the complaint to the fixture's staff member, unless triage already did. */
	void toStaff(long id) throws Exception {
		var complaint = get("/api/v1/complaints/" + id, p.agent()).expect(200);
		if (complaint.get("status").asString().equals("RECEIVED")) {
			post("/api/v1/complaints/" + id + "/assign", p.agent(), Map.of("assigneeId", staffId)).expect(200);
		}
		else if (complaint.get("assigneeId").asLong() != staffId) {
			post("/api/v1/complaints/" + id + "/reassign", p.agent(), Map.of("assigneeId", staffId, "reason", "测试"))
				.expect(200);
		}
	}

}
