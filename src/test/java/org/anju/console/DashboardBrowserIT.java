package org.anju.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.anju.feedback.Ratings;
import org.anju.platform.security.Owner;
import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** 看板: the figures of the user's projects, drawn with ECharts, each leading to its queue. */
class DashboardBrowserIT extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	Ratings ratings;


	static final List<String> TEXTS = List.of("厨房水管爆了，水哗哗往外冒，地上全是水", "电梯又坏了，停了三天都没人修",
			"楼上每天半夜装修，电钻声吵得睡不着", "地下车库我的车位被别人占了，叫保安也不管", "楼道垃圾好几天没人清理，臭气熏天",
			"小区门口保安不登记，陌生人随便进出", "物业费收费标准不透明，要求公示明细", "楼道灯坏了一个星期，晚上黑漆漆的",
			"家里突然停水了，什么时候恢复供水", "有人在楼道里堆放杂物，堵住了消防通道", "小区里有人遛狗不牵绳，还随地大小便",
			"门禁卡刷不开单元门，进不了家", "外墙瓷砖脱落，差点砸到楼下的人", "电梯困人了，里面有老人",
			"卫生间天花板渗水，楼上漏下来的", "电梯按钮失灵，经常停在半层", "垃圾桶满了没人清运，苍蝇很多",
			"晚上广场舞音响太吵，影响休息", "楼上漏水把我家天花板泡坏了", "车库入口道闸坏了，车进不去");

	/** Registers the texts in the project, moves some along, and returns the open ones per status name. */
	Map<String, Integer> complaints(ProjectFixture p, int count) throws Exception {
		Map<String, Integer> open = new TreeMap<>();
		List<Long> residents = p.residentIds();
		for (int i = 0; i < count; i++) {
			long id = post("/api/v1/complaints", p.agent(), Map.of("residentId", residents.get(i % residents.size()),
					"channel", i % 3 == 0 ? "WECHAT" : "PHONE", "content", TEXTS.get(i % TEXTS.size()))).expect(201)
				.get("id").asLong();
			String path = "/api/v1/complaints/" + id;
			String status = get(path, p.manager()).expect(200).get("status").asString();
			if ("ASSIGNED".equals(status) && i % 5 != 0) {
				status = post(path + "/start", p.manager(), null).expect(200).get("status").asString();
				if (i % 5 == 2) {
					status = post(path + "/hold", p.manager(),
							Map.of("reason", "等待配件", "expectedDate", LocalDate.now().plusDays(3).toString()))
						.expect(200).get("status").asString();
				}
				else if (i % 5 >= 3) {
					for (var record : get(path + "/playbook", p.manager()).expect(200).get("records")) {
						put(path + "/playbook/records/" + record.get("key").asString(), p.manager(),
								Map.of("value", "已记录")).expect(200); // the playbook's records come before a resolution
					}
					status = post(path + "/resolve", p.manager(), Map.of("summary", "已修复")).expect(200)
						.get("status").asString();
				}
				if (i % 5 == 4) {
					status = post(path + "/close", p.manager(), Map.of("note", "业主确认")).expect(200)
						.get("status").asString();
				}
			}
			if (List.of("RECEIVED", "ASSIGNED", "IN_PROGRESS", "ON_HOLD", "REOPENED").contains(status)) {
				open.merge(status, 1, Integer::sum);
			}
		}
		return open;
	}

	@Test
	void theManagerSeesTodaysIntakeAndOpenComplaintsByStatusAndFollowsAFigureToItsQueue() throws Exception {
		ProjectFixture p = fixtures.project();
		Map<String, Integer> open = complaints(p, TEXTS.size());
		Map<String, String> names = Map.of("RECEIVED", "已受理", "ASSIGNED", "已派单", "IN_PROGRESS", "处理中",
				"ON_HOLD", "挂起", "REOPENED", "重新打开");

		int[] stars = { 5, 3 };
		var resolved = get("/api/v1/complaints?status=RESOLVED&projectId=" + p.projectId(), p.manager()).expect(200)
			.get("content");
		assertThat(resolved.size()).as("the data set has resolved complaints to rate").isGreaterThanOrEqualTo(2);
		for (int i = 0; i < stars.length; i++) {
			var c = resolved.get(i);
			ratings.rate(c.get("id").asLong(), new Owner(c.get("complainant").get("residentId").asLong(),
					c.get("complainant").get("householdId").asLong(), p.projectId(), "业主"), stars[i], true, null);
		}

		login(p.manager());
		open("/");
		assertThat(find("#kpi-today .kpi").getText()).isEqualTo(String.valueOf(TEXTS.size()));
		assertThat(find("#kpi-week .kpi").getText()).isEqualTo(String.valueOf(TEXTS.size()));
		assertThat(find("#kpi-open .kpi").getText())
			.isEqualTo(String.valueOf(open.values().stream().mapToInt(Integer::intValue).sum()));
		List<String> expected = new ArrayList<>();
		names.forEach((status, name) -> expected.add(name + " " + open.getOrDefault(status, 0)));
		assertThat(find("#by-status").getText().split("\n")).containsAll(expected);
		assertThat(find("#by-status a[href*='status=ASSIGNED']").getText()).contains("已派单");
		assertThat(find("#top-topics").getText()).contains("电梯");
		assertThat(find("#buildings").getText()).contains("1栋", "2栋");
		assertThat(find("#kpi-satisfaction").getText()).contains("本月满意率", "50%", "平均 4.0 星 · 2 条评价");
		find("#chart-satisfaction canvas");
		assertThat(find("#kpi-feedback").getText()).contains("本月反馈率", "2/");
		find("#chart-status canvas");
		find("#chart-department canvas");
		find("#chart-topics canvas");
		screenshot("dashboard");

		find("#kpi-overdue").click();
		waitFor(ExpectedConditions.urlContains("/queues/overdue"));
	}

	@Test
	void anAgentSeesOnlyTheirProjectsNumbers() throws Exception {
		ProjectFixture mine = fixtures.project();
		ProjectFixture other = fixtures.project();
		complaints(mine, 2);
		complaints(other, 3);

		login(mine.agent());
		open("/");
		assertThat(find("#kpi-today .kpi").getText()).isEqualTo("2");
		assertThat(browser.findElements(org.openqa.selenium.By.id("project-choice"))).isEmpty();
		find("#chart-status canvas");
	}

}
