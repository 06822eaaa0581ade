package org.anju.portal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import org.anju.directory.DirectorySetup;
import org.anju.platform.security.SignedInOwner;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing in from WeChat's browser, against WireMock as WeChat's web authorisation API. */
class WechatSignInIT extends ApiTest {

	static final WireMockServer wechat = new WireMockServer(options().dynamicPort());

	static {
		wechat.start();
	}

	@DynamicPropertySource
	static void peers(DynamicPropertyRegistry properties) {
		properties.add("anju.notification.wechat.app-id", () -> "wx0123456789abcdef");
		properties.add("anju.notification.wechat.secret", () -> "test-secret");
		properties.add("anju.notification.wechat.base-url", wechat::baseUrl);
		properties.add("anju.portal.public-url", () -> "https://anju.example.com/");
	}

	@AfterAll
	static void stop() {
		wechat.stop();
	}

	@Autowired
	DirectorySetup setup;

	ProjectFixture p;

	@BeforeEach
	void project() throws Exception {
		wechat.resetAll();
		p = fixtures.project();
	}

	@Test
	void aBoundOpenIdSignsInWithoutACode() throws Exception {
		String openId = unique("oBound");
		setup.bindWechat(p.residentIds().get(0), openId);
		answer(openId);
		MockHttpSession session = new MockHttpSession();
		String state = authorize(session);
		MvcResult back = mvc.perform(MockMvcRequestBuilders.get(WechatSignIn.CALLBACK).session(session)
			.param("code", "CODE1").param("state", state)).andReturn();
		assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/owner");
		SignedInOwner owner = (SignedInOwner) ((SecurityContext) ((MockHttpSession) back.getRequest().getSession())
			.getAttribute(PortalSecurity.CONTEXT_KEY)).getAuthentication();
		assertThat(owner.owner().residentId()).isEqualTo(p.residentIds().get(0));
		wechat.verify(WireMock.getRequestedFor(urlPathEqualTo("/sns/oauth2/access_token"))
			.withQueryParam("code", WireMock.equalTo("CODE1")).withQueryParam("secret", WireMock.equalTo("test-secret")));
	}

	@Test
	void anUnboundOpenIdWaitsForTheCodeSignIn() throws Exception {
		String openId = unique("oNew");
		answer(openId);
		MockHttpSession session = new MockHttpSession();
		String state = authorize(session);
		MvcResult back = mvc.perform(MockMvcRequestBuilders.get(WechatSignIn.CALLBACK).session(session)
			.param("code", "CODE2").param("state", state)).andReturn();
		assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/owner/login?wechat=bind");
		assertThat(session.getAttribute(OwnerSessions.PENDING_OPENID)).isEqualTo(openId);
		assertThat(session.getAttribute(PortalSecurity.CONTEXT_KEY)).isNull();
	}

	@Test
	void aForgedStateOrAWechatErrorSignsNobodyIn() throws Exception {
		answer(unique("oX"));
		MockHttpSession session = new MockHttpSession();
		authorize(session);
		assertThat(mvc.perform(MockMvcRequestBuilders.get(WechatSignIn.CALLBACK).session(session)
			.param("code", "CODE3").param("state", "forged")).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/owner/login?wechat=failed");
		wechat.stubFor(WireMock.get(urlPathEqualTo("/sns/oauth2/access_token")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json").withBody("{\"errcode\":40029,\"errmsg\":\"invalid code\"}")));
		String state = authorize(session);
		assertThat(mvc.perform(MockMvcRequestBuilders.get(WechatSignIn.CALLBACK).session(session)
			.param("code", "BAD").param("state", state)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/owner/login?wechat=failed");
		assertThat(session.getAttribute(PortalSecurity.CONTEXT_KEY)).isNull();
	}

	/** Starts the round trip and returns the state WeChat will hand back. */
	String authorize(MockHttpSession session) throws Exception {
		String location = mvc.perform(MockMvcRequestBuilders.get("/owner/login/wechat").session(session)).andReturn()
			.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx0123456789abcdef")
			.contains("redirect_uri=https%3A%2F%2Fanju.example.com%2Fowner%2Flogin%2Fwechat%2Fcallback")
			.contains("scope=snsapi_base");
		Matcher state = Pattern.compile("state=([0-9a-f]{32})").matcher(location);
		assertThat(state.find()).isTrue();
		return state.group(1);
	}

	void answer(String openId) {
		wechat.stubFor(WireMock.get(urlPathEqualTo("/sns/oauth2/access_token")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json").withBody("{\"access_token\":\"ACCESS\",\"expires_in\":7200,"
					+ "\"refresh_token\":\"R\",\"openid\":\"" + openId + "\",\"scope\":\"snsapi_base\"}")));
	}

}
