package org.anju.console;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.anju.support.BrowserTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** 来电登记: the agent answers a call, sees who is calling and records the complaint with triage's help. */
class HotlineBrowserIT extends BrowserTest {

	static final String LEAK = "厨房水管爆了，水哗哗往外冒，地上全是水";

	void answer(String number) {
		open("/hotline");
		find("#callerNumber").sendKeys(number);
		find("#answerCall").click();
		find("#screen-pop");
	}

	/** The complaint the page reports as recorded, through the API. */
	JsonNode recorded(String user) throws Exception {
		String href = find("#recorded .recorded-number").getAttribute("href");
		return get("/api/v1/complaints/" + href.substring(href.lastIndexOf('/') + 1), user).expect(200);
	}

	@Test
	void anAgentSeesTheKnownCallerAndRecordsTheEmergencyTriageSuggests() throws Exception {
		ProjectFixture p = fixtures.project();
		long resident = p.residentIds().get(0);
		String mobile = get("/api/v1/residents/" + resident, p.agent()).expect(200).get("mobile").asString();
		String openNumber = post("/api/v1/complaints", p.agent(),
				Map.of("residentId", resident, "channel", "WECHAT", "content", LEAK)).expect(201).get("number").asString();

		login(p.agent());
		answer(mobile);
		assertThat(find("#screen-pop").getText()).contains("业主11", "业主", "1栋", openNumber);
		assertThat(find(".open-complaints").getText()).contains(openNumber, "已派单");

		find("#content").sendKeys("电梯困人了，里面有老人");
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("suggestion"), "电梯困人"));
		assertThat(find("#suggestion").getText()).contains("紧急");
		assertThat(new Select(find("#topic")).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("ELEVATOR_ENTRAPMENT");
		assertThat(new Select(find("#urgency")).getFirstSelectedOption().getAttribute("value")).isEqualTo("EMERGENCY");
		screenshot("hotline");

		find("#record").click();
		assertThat(find("#recorded").getText()).contains("已登记投诉", "已派单");
		JsonNode complaint = recorded(p.agent());
		assertThat(find("#recorded .recorded-number").getText()).isEqualTo(complaint.get("number").asString());
		assertThat(complaint.get("channel").asString()).isEqualTo("PHONE");
		assertThat(complaint.get("topic").asString()).isEqualTo("ELEVATOR_ENTRAPMENT");
		assertThat(complaint.get("urgency").asString()).isEqualTo("EMERGENCY");
		assertThat(complaint.get("complainant").get("residentId").asLong()).isEqualTo(resident);

		find("#notes").sendKeys("业主情绪稳定，已通知工程部");
		find("#endCall").click();
		awaitText(".alert.ok", "通话已结束");
	}

	@Test
	void anUnknownCallerGivesNameAndPhoneAndAnEmptyComplaintIsRefusedNextToTheField() throws Exception {
		ProjectFixture p = fixtures.project();
		String number = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		login(p.agent());
		open("/hotline?caller=" + number);
		assertThat(find("#screen-pop").getText()).contains("住户名单中没有这个号码");

		find("#complainantName").sendKeys("路过的访客");
		find("#record").click();
		assertThat(find("#content-error").getText()).isEqualTo("请填写投诉内容。");
		assertThat(find("#complainantName").getAttribute("value")).isEqualTo("路过的访客");

		find("#content").sendKeys("小区东门的垃圾桶满了好几天没人清理，臭气熏天");
		find("#record").click();
		JsonNode complaint = recorded(p.agent());
		assertThat(complaint.get("channel").asString()).isEqualTo("PHONE");
		assertThat(complaint.get("projectId").asLong()).isEqualTo(p.projectId());
		assertThat(complaint.get("complainant").get("name").asString()).isEqualTo("路过的访客");
		assertThat(complaint.get("complainant").get("phone").asString()).isEqualTo(number);
	}

	@Test
	void staffWhoDoNotTakeCallsAreRefused() throws Exception {
		ProjectFixture p = fixtures.project();
		login(p.staff());
		open("/hotline");
		assertThat(find("main").getText()).contains("无权操作");
	}

}
