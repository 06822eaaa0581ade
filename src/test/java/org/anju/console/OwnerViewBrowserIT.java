package org.anju.console;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.feedback.Ratings;
import org.anju.notification.NoticeSending;
import org.anju.platform.security.Owner;
import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner 360 page shows a seeded household's whole history — two residents, a vehicle, three
 * complaints (one rated), a call, a notice, a survey answer, a tag and a note — masks contacts for
 * roles outside the desk, writes an audit row per view and is not found for another project's staff.
 */
class OwnerViewBrowserIT extends BrowserTest {

	static final List<String> ELEMENTS = List.of("ATTITUDE", "EQUIPMENT", "SKILLS", "SERVICE_ITEMS", "METHODS",
			"PROCEDURES", "FEES", "RULES", "EFFICIENCY");

	@Autowired
	Ratings ratings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void theHouseholdsWholeHistoryOnOnePage() throws Exception {
		ProjectFixture p = fixtures.project();
		long household = p.householdIds().get(0);
		long owner = p.residentIds().get(0);
		String ownerMobile = get("/api/v1/residents/" + owner, p.agent()).expect(200).get("mobile").asString();
		long daughter = post("/api/v1/households/" + household + "/residents", p.agent(), Map.of("name", "王小雨",
				"relation", "FAMILY", "mobile", "13712345678", "email", "xiaoyu@example.com", "preferredChannel", "WECHAT"))
			.expect(201).get("id").asLong();
		post("/api/v1/households/" + household + "/vehicles", p.agent(), Map.of("plate", "粤B8K2M1", "brand", "比亚迪",
				"parkingSpace", "B2-018", "leaseExpires", LocalDate.now().plusMonths(3).toString())).expect(201);

		List<Long> complaints = new ArrayList<>();
		for (String title : List.of("电梯异响", "楼道灯不亮", "垃圾清运不及时")) {
			complaints.add(post("/api/v1/complaints", p.agent(), Map.of("residentId", owner, "channel", "PHONE",
					"title", title, "content", title + "，请尽快处理")).expect(201).get("id").asLong());
		}
		fixtures.resolve(p, complaints.get(0), "已更换电梯导靴");
		ratings.rate(complaints.get(0), new Owner(owner, household, p.projectId(), "业主11"), 4, true, "维修及时");

		long call = post("/api/v1/intake/calls", p.agent(), Map.of("callerNumber", ownerMobile, "line", "4008-001"))
			.expect(201).get("callId").asLong();
		post("/api/v1/intake/calls/" + call + "/end", p.agent(), Map.of("notes", "询问停水时间")).expect(200);

		post("/api/v1/projects/" + p.projectId() + "/notices", p.agent(), Map.of("kind", "WATER_CUT", "title",
				"1栋停水通知", "body", "明天9点至12点停水。", "buildingIds", Set.of(p.buildingIds().get(0)))).expect(201);
		NoticeSending.sendDue(context);

		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
		long round = post("/api/v1/projects/" + p.projectId() + "/surveys", p.manager(),
				Map.of("quarter", quarter, "share", 1.0, "lookbackQuarters", 0)).expect(201).get("id").asLong();
		post("/api/v1/surveys/" + round + "/households/" + household + "/answers", p.agent(),
				Map.of("answers", scores())).expect(201);

		put("/api/v1/households/" + household + "/tags", p.agent(), List.of("ELDERLY_ALONE")).expect(200);
		post("/api/v1/households/" + household + "/notes", p.agent(), Map.of("text", "老人独居，上门前先电话联系女儿"))
			.expect(201);

		int audited = audited(p, household);
		login(p.agent());
		open("/owners/households/" + household);
		assertThat(find("#household-label").getText()).isEqualTo("1栋1单元1101");
		String residents = find("#residents").getText();
		assertThat(residents).contains("业主11", ownerMobile, "王小雨", "13712345678", "xiaoyu@example.com", "微信", "家庭成员");
		assertThat(find("#vehicles").getText()).contains("粤B8K2M1", "比亚迪", "B2-018");
		String history = find("#complaints").getText();
		assertThat(history).contains("共3件", "已评价1件", "电梯异响", "楼道灯不亮", "垃圾清运不及时", "已更换电梯导靴", "4星");
		assertThat(browser.findElements(By.cssSelector("#complaints tr.complaint"))).hasSize(3);
		assertThat(find("#calls").getText()).contains("来电", ownerMobile, "询问停水时间", "咨询");
		assertThat(find("#notices").getText()).contains("1栋停水通知");
		assertThat(find("#surveys").getText()).contains(quarter, "服务态度", "前台很热情");
		assertThat(find("#tag-badges").getText()).contains("独居老人");
		assertThat(find("#note-list").getText()).contains("老人独居，上门前先电话联系女儿", "员工" + p.agent());
		screenshot("owner-view");
		assertThat(audited(p, household)).isEqualTo(audited + 1);

		// tags and notes are edited on the page
		find("#tag-form input[value=VIP]").click();
		find("#tag-form button[type=submit]").click();
		assertThat(find("#notice").getText()).isEqualTo("标签已保存");
		assertThat(find("#tag-badges").getText()).contains("独居老人", "重点客户");
		find("#note-form button[type=submit]").click();
		awaitText("#note-error", "请填写备注内容");
		find("#note-text").sendKeys("业主要求维修前短信通知");
		find("#note-form button[type=submit]").click();
		assertThat(find("#notice").getText()).isEqualTo("备注已添加");
		assertThat(find("#note-list li").getText()).contains("业主要求维修前短信通知");
		assertThat(audited(p, household)).isEqualTo(audited + 4);

		// the workbench's complainant block links to the page
		open("/complaints/" + complaints.get(1));
		find("#owner-profile-link").click();
		assertThat(find("#household-label").getText()).isEqualTo("1栋1单元1101");
		assertThat(audited(p, household)).isEqualTo(audited + 5);

		// a resident's link opens the household with them highlighted; the search finds it
		open("/owners/residents/" + daughter);
		assertThat(find("#resident-" + daughter).getAttribute("class")).contains("highlight");
		open("/owners?q=" + "王小雨");
		find("#owner-results a").click();
		assertThat(find("#household-label").getText()).isEqualTo("1栋1单元1101");
		open("/owners?q=" + ownerMobile);
		assertThat(find("#owner-results").getText()).contains("1栋1单元1101");
		assertThat(audited(p, household)).isEqualTo(audited + 7);

		// a department's staff member sees the history with the contacts masked, and no notes or survey answers
		browser.manage().deleteAllCookies();
		login(p.staff());
		open("/owners/households/" + household);
		assertThat(find("#residents").getText()).contains("业主11", "137****5678", "x***@example.com")
			.doesNotContain("13712345678", ownerMobile);
		assertThat(find("#calls").getText()).doesNotContain(ownerMobile);
		assertThat(browser.findElements(By.id("notes"))).isEmpty();
		assertThat(find("#surveys").getText()).doesNotContain("前台很热情");
		assertThat(browser.findElements(By.id("tag-form"))).isEmpty();
		assertThat(audited(p, household)).isEqualTo(audited + 8);

		// another project's manager: not found, nothing recorded
		ProjectFixture other = fixtures.project();
		browser.manage().deleteAllCookies();
		login(other.manager());
		open("/owners/households/" + household);
		assertThat(find("main h1").getText()).isEqualTo("没有找到");
		assertThat(pageText()).doesNotContain("业主11", "1栋1单元1101");
		open("/owners/residents/" + daughter);
		assertThat(find("main h1").getText()).isEqualTo("没有找到");
		open("/owners?q=" + "王小雨");
		assertThat(find("#owner-results").getText()).doesNotContain("1栋1单元1101");
		assertThat(audited(p, household)).isEqualTo(audited + 8);
	}

	int audited(ProjectFixture p, long household) {
		return jdbc.queryForObject("select count(*) from audit_access where project_id = ? and subject_id = ?",
				Integer.class, p.projectId(), household);
	}

	static List<Map<String, Object>> scores() {
		List<Map<String, Object>> scores = new ArrayList<>();
		for (String element : ELEMENTS) {
			Map<String, Object> score = new HashMap<>();
			score.put("element", element);
			score.put("score", 4);
			if (element.equals("ATTITUDE")) {
				score.put("comment", "前台很热情");
			}
			scores.add(score);
		}
		return scores;
	}

}
