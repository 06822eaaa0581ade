package org.anju.notification;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Owners who prefer WeChat get template messages from the official account, with WireMock as the
 * WeChat API (access token and template send, including its errors).
 */
@TestPropertySource(properties = { "anju.triage.auto-assign=false", "anju.notification.first-retry-after=PT0S",
		"anju.notification.max-attempts=2" })
class WechatIT extends OutboxApiTest {

	static final WireMockServer wechat = new WireMockServer(options().dynamicPort());

	static {
		wechat.start();
	}

	@DynamicPropertySource
	static void peers(DynamicPropertyRegistry properties) {
		properties.add("anju.notification.wechat.app-id", () -> "wx0123456789abcdef");
		properties.add("anju.notification.wechat.secret", () -> "test-secret");
		properties.add("anju.notification.wechat.template-id", () -> "TPL-COMPLAINT-PROGRESS");
		properties.add("anju.notification.wechat.link", () -> "https://anju.example.com/my/complaints");
		properties.add("anju.notification.wechat.base-url", wechat::baseUrl);
		properties.add("anju.notification.miniapp.app-id", () -> "wxminiapp0123456");
		properties.add("anju.notification.miniapp.secret", () -> "mini-secret");
		properties.add("anju.notification.miniapp.template-id", () -> "SUB-COMPLAINT");
		properties.add("anju.notification.miniapp.page", () -> "pages/complaints/detail");
		properties.add("anju.notification.miniapp.base-url", wechat::baseUrl);
	}

	@AfterAll
	static void stop() {
		wechat.stop();
	}

	@Autowired
	Postman postman;

	@BeforeEach
	void project() throws Exception {
		wechat.resetAll();
		wechat.stubFor(WireMock.get(urlPathEqualTo("/cgi-bin/token")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json").withBody("{\"access_token\":\"TOKEN\",\"expires_in\":7200}")));
		answer("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}");
		p = fixtures.project();
	}

	void answer(String body) {
		wechat.stubFor(WireMock.post(urlPathEqualTo("/cgi-bin/message/template/send"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
	}

	long residentOnWechat(String openId) throws Exception {
		return post("/api/v1/households/" + p.householdIds().get(0) + "/residents", p.agent(),
				Map.of("name", "李秀英", "relation", "OWNER", "mobile", "13812345678", "wechatOpenId", openId,
						"preferredChannel", "WECHAT"))
			.expect(201).get("id").asLong();
	}

	@Override
	JsonNode complaint(long residentId) throws Exception {
		return post("/api/v1/complaints", p.agent(), Map.of("residentId", residentId, "channel", "WECHAT", "content",
				"地库照明灯不亮", "topic", "LIGHTING", "urgency", "NORMAL")).expect(201);
	}

	@Test
	void anOwnerPreferringWechatGetsATemplateMessage() throws Exception {
		String openId = unique("oWx");
		JsonNode c = complaint(residentOnWechat(openId));
		postman.deliver();

		List<LoggedRequest> sent = wechat.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/template/send"))
			.withQueryParam("access_token", equalTo("TOKEN")));
		assertThat(sent).hasSize(1);
		JsonNode body = json.readTree(sent.get(0).getBodyAsString());
		assertThat(body.get("touser").asString()).isEqualTo(openId);
		assertThat(body.get("template_id").asString()).isEqualTo("TPL-COMPLAINT-PROGRESS");
		assertThat(body.get("url").asString()).isEqualTo("https://anju.example.com/my/complaints");
		assertThat(body.get("client_msg_id").asString()).startsWith("ack:");
		assertThat(body.at("/data/keyword1/value").asString()).isEqualTo(c.get("number").asString());
		assertThat(body.at("/data/first/value").asString()).startsWith("投诉已受理");
		assertThat(body.at("/data/remark/value").asString()).contains(c.get("number").asString());

		JsonNode message = messages(c).get(0);
		assertThat(message.get("channel").asString()).isEqualTo("WECHAT");
		assertThat(message.get("address").asString()).isEqualTo(openId);
		assertThat(message.get("status").asString()).isEqualTo("SENT");
		assertThat(get("/api/v1/complaints/" + c.get("id").asLong() + "/timeline", p.agent()).expect(200).toString())
			.contains("已通过微信通知李秀英");
	}

	@Test
	void anOwnerPreferringTheMiniProgramGetsASubscribeMessage() throws Exception {
		wechat.stubFor(WireMock.post(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));
		String openId = unique("oMa");
		long resident = post("/api/v1/households/" + p.householdIds().get(0) + "/residents", p.agent(),
				Map.of("name", "赵敏", "relation", "OWNER", "mobile", "13812345679", "miniappOpenId", openId,
						"preferredChannel", "MINIAPP"))
			.expect(201).get("id").asLong();
		JsonNode c = complaint(resident);
		postman.deliver();
		List<LoggedRequest> sent = wechat.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send")));
		assertThat(sent).hasSize(1);
		JsonNode body = json.readTree(sent.get(0).getBodyAsString());
		assertThat(body.get("touser").asString()).isEqualTo(openId);
		assertThat(body.get("template_id").asString()).isEqualTo("SUB-COMPLAINT");
		assertThat(body.get("page").asString()).isEqualTo("pages/complaints/detail");
		assertThat(body.at("/data/character_string2/value").asString()).isEqualTo(c.get("number").asString());
		assertThat(body.at("/data/thing1/value").asString().length()).isLessThanOrEqualTo(20);
		JsonNode message = messages(c).get(0);
		assertThat(message.get("channel").asString()).isEqualTo("MINIAPP");
		assertThat(message.get("status").asString()).isEqualTo("SENT");

		wechat.stubFor(WireMock.post(urlPathEqualTo("/cgi-bin/message/subscribe/send")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json").withBody("{\"errcode\":43101,\"errmsg\":\"user refuse to accept the msg\"}")));
		JsonNode refused = complaint(resident);
		for (int i = 0; i < 3; i++) {
			postman.deliver();
		}
		JsonNode toOwner = messages(refused);
		assertThat(toOwner.get(0).get("channel").asString()).isEqualTo("MINIAPP");
		assertThat(toOwner.get(0).get("lastError").asString()).contains("43101");
		JsonNode fallback = null;
		for (JsonNode m : toOwner) {
			if (m.get("recipientType").asString().equals("RESIDENT") && m.get("channel").asString().equals("SMS")) {
				fallback = m;
			}
		}
		assertThat(fallback).isNotNull();
		assertThat(fallback.get("status").asString()).isEqualTo("SENT");
	}

	@Test
	void anUnsubscribedOwnerIsToldBySmsInstead() throws Exception {
		answer("{\"errcode\":43004,\"errmsg\":\"require subscribe rid: 6523f1a2-1b2c3d4e-5f6a7b8c\"}");
		JsonNode c = complaint(residentOnWechat(unique("oWx")));
		for (int i = 0; i < 3; i++) {
			postman.deliver();
		}

		JsonNode messages = messages(c);
		JsonNode onWechat = messages.get(0);
		assertThat(onWechat.get("channel").asString()).isEqualTo("WECHAT");
		assertThat(onWechat.get("status").asString()).isEqualTo("FAILED");
		assertThat(onWechat.get("attempts").asInt()).isEqualTo(2);
		assertThat(onWechat.get("lastError").asString()).contains("43004", "require subscribe");
		assertThat(wechat.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/template/send")))).hasSize(2);
		JsonNode sms = messages.get(1);
		assertThat(sms.get("channel").asString()).isEqualTo("SMS");
		assertThat(sms.get("address").asString()).isEqualTo("13812345678");
		assertThat(sms.get("status").asString()).isEqualTo("SENT");
		assertThat(get("/api/v1/complaints/" + c.get("id").asLong() + "/timeline", p.agent()).expect(200).toString())
			.contains("微信通知李秀英失败");
	}

}
