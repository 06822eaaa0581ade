package org.anju.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** The owner portal's pages refuse what they must: no session, the wrong kind of session, CSRF, IDOR, bad photos. */
class OwnerPortalPagesIT extends ApiTest {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
			0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.anju.directory.Directory directory;

	ProjectFixture p;

	MockHttpSession owner;

	@BeforeEach
	void signedIn() throws Exception {
		p = fixtures.project();
		owner = signIn(p.residentIds().get(0));
	}

	@Test
	void withoutASessionTheLoginPageOpens() throws Exception {
		MvcResult home = mvc.perform(MockMvcRequestBuilders.get("/owner")).andReturn();
		assertThat(home.getResponse().getStatus()).isEqualTo(302);
		assertThat(home.getResponse().getRedirectedUrl()).endsWith("/owner/login");
		assertThat(page(mvc.perform(MockMvcRequestBuilders.get("/owner/login")).andReturn())).contains("获取验证码");
	}

	@Test
	void staffAndOwnerSessionsDoNotCross() throws Exception {
		MvcResult staffLogin = mvc.perform(MockMvcRequestBuilders.post("/login").with(csrf()).param("username", p.agent())
			.param("password", PASSWORD)).andReturn();
		MockHttpSession staff = (MockHttpSession) staffLogin.getRequest().getSession();
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/").session(staff)).andReturn().getResponse().getStatus()).isEqualTo(200);
		MvcResult asStaff = mvc.perform(MockMvcRequestBuilders.get("/owner").session(staff)).andReturn();
		assertThat(asStaff.getResponse().getRedirectedUrl()).as("a staff login does not open /owner")
			.endsWith("/owner/login");
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/owner").session(owner)).andReturn().getResponse().getStatus()).isEqualTo(200);
		MvcResult console = mvc.perform(MockMvcRequestBuilders.get("/").session(owner)).andReturn();
		assertThat(console.getResponse().getRedirectedUrl()).as("an owner session does not open the console")
			.endsWith("/login");
	}

	@Test
	void aFormWithoutCsrfTokenIsRefused() throws Exception {
		long before = complaintsOf(p.householdIds().get(0));
		assertThat(mvc.perform(MockMvcRequestBuilders.post("/owner/complaints").session(owner).param("content", "楼上漏水"))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(complaintsOf(p.householdIds().get(0))).isEqualTo(before);
	}

	@Test
	void anotherHouseholdsComplaintIsNotFoundAndStaysUnchanged() throws Exception {
		JsonNode theirs = resolvedComplaint(p.residentIds().get(1));
		long id = theirs.get("id").asLong();
		long photo = attach(id);
		long version = get("/api/v1/complaints/" + id, p.agent()).expect(200).get("version").asLong();
		assertThat(status(MockMvcRequestBuilders.get("/owner/complaints/" + id).session(owner))).isEqualTo(404);
		assertThat(page(mvc.perform(MockMvcRequestBuilders.get("/owner/complaints/" + id).session(owner)).andReturn()))
			.contains("没有找到这条投诉").doesNotContain(theirs.get("number").asString());
		assertThat(status(MockMvcRequestBuilders.get("/owner/complaints/" + id + "/attachments/" + photo).session(owner))).isEqualTo(404);
		assertThat(status(MockMvcRequestBuilders.post("/owner/complaints/" + id + "/rating").session(owner).with(csrf()).param("stars", "5")
			.param("solved", "true"))).isEqualTo(404);
		assertThat(status(MockMvcRequestBuilders.post("/owner/complaints/" + id + "/reopen").session(owner).with(csrf())
			.param("reason", "没修好"))).isEqualTo(404);
		assertThat(status(MockMvcRequestBuilders.post("/owner/complaints/" + id + "/messages").session(owner).with(csrf())
			.param("text", "补充"))).isEqualTo(404);
		assertThat(status(multipart("/owner/complaints/" + id + "/photos")
			.file(new MockMultipartFile("photos", "a.png", "image/png", PNG)).session(owner).with(csrf()))).isEqualTo(404);
		JsonNode after = get("/api/v1/complaints/" + id, p.agent()).expect(200);
		assertThat(after.get("status").asString()).isEqualTo("RESOLVED");
		assertThat(after.get("version").asLong()).isEqualTo(version);
		assertThat(jdbc.queryForObject("select count(*) from complaint_attachment where complaint_id = ?", Long.class,
				id)).isEqualTo(1);
	}

	@Test
	void nonImagesAndOversizedPhotosAreRefusedAndNothingIsSaved() throws Exception {
		long household = p.householdIds().get(0);
		long before = complaintsOf(household);
		MvcResult text = mvc.perform(multipart("/owner/complaints").file(new MockMultipartFile("photos", "photo.png",
				"image/png", "这不是图片".getBytes(StandardCharsets.UTF_8)))
			.param("content", "门禁坏了").session(owner).with(csrf())).andReturn();
		assertThat(page(text)).contains("只能上传图片").contains(">门禁坏了</textarea>");
		byte[] big = Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1);
		MvcResult large = mvc.perform(multipart("/owner/complaints").file(new MockMultipartFile("photos", "big.png",
				"image/png", big)).param("content", "门禁坏了").session(owner).with(csrf())).andReturn();
		assertThat(page(large)).contains("照片太大");
		MvcResult pdf = mvc.perform(multipart("/owner/complaints").file(new MockMultipartFile("photos", "a.jpg",
				"image/jpeg", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1)))
			.param("content", "门禁坏了").session(owner).with(csrf())).andReturn();
		assertThat(page(pdf)).contains("只能上传图片");
		assertThat(complaintsOf(household)).as("nothing half-saved").isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from intake_message where project_id = ?", Long.class, p.projectId()))
			.isZero();
	}

	@Test
	void aComplaintWithAPhotoIsTakenAndItsTextShownInert() throws Exception {
		MvcResult sent = mvc.perform(multipart("/owner/complaints").file(new MockMultipartFile("photos", "leak.png",
				"image/png", PNG)).param("content", "<script>alert('x')</script>卫生间漏水").param("contactTime", "EVENING")
			.session(owner).with(csrf())).andReturn();
		assertThat(sent.getResponse().getStatus()).isEqualTo(200);
		Matcher number = Pattern.compile("TS[0-9-]+").matcher(page(sent));
		assertThat(number.find()).as(page(sent)).isTrue();
		long id = jdbc.queryForObject("select id from complaint where number = ?", Long.class, number.group());
		String shown = page(mvc.perform(MockMvcRequestBuilders.get("/owner/complaints/" + id).session(owner)).andReturn());
		assertThat(shown).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;卫生间漏水").doesNotContain("<script>alert")
			.contains("晚上");
		assertThat(jdbc.queryForObject("select count(*) from complaint_attachment where complaint_id = ?", Long.class,
				id)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select channel from complaint where id = ?", String.class, id)).isEqualTo("WEB");
	}

	@Test
	void aMobileOfTwoHouseholdsChoosesOneAndCodesAreRateLimitedInChinese() throws Exception {
		String mobile = get("/api/v1/residents/" + p.residentIds().get(2), p.agent()).expect(200).get("mobile").asString();
		long other = p.householdIds().get(3);
		post("/api/v1/households/" + other + "/residents", ADMIN,
				Map.of("name", "业主租户", "relation", "TENANT", "mobile", mobile)).expect(201);
		mvc.perform(MockMvcRequestBuilders.post("/owner/login/code").with(csrf()).param("mobile", mobile)).andReturn();
		assertThat(page(mvc.perform(MockMvcRequestBuilders.post("/owner/login/code").with(csrf()).param("mobile", mobile))
			.andReturn())).containsPattern("请 \\d+ 秒后再试");
		String code = smsCode(mobile);
		MvcResult wrong = mvc.perform(MockMvcRequestBuilders.post("/owner/login").with(csrf()).param("mobile", mobile)
			.param("code", OwnerSignInIT.wrong(code))).andReturn();
		assertThat(page(wrong)).contains("验证码不正确，还可以再试 4 次");
		MvcResult choose = mvc.perform(MockMvcRequestBuilders.post("/owner/login").with(csrf()).param("mobile", mobile)
			.param("code", code)).andReturn();
		assertThat(page(choose)).contains("请选择").contains("2栋").contains("value=\"" + other + "\"");
		MvcResult login = mvc.perform(MockMvcRequestBuilders.post("/owner/login").with(csrf()).param("mobile", mobile)
			.param("code", code).param("householdId", String.valueOf(other))).andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/owner");
		assertThat(page(mvc.perform(MockMvcRequestBuilders.get("/owner/complaints/new")
			.session((MockHttpSession) login.getRequest().getSession())).andReturn())).contains("业主租户").contains("2栋");
	}

	@Test
	void signingInWithACodeBindsTheWechatOpenidWaitingInTheSession() throws Exception {
		String mobile = get("/api/v1/residents/" + p.residentIds().get(1), p.agent()).expect(200).get("mobile").asString();
		String openId = unique("o-portal-");
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(OwnerSessions.PENDING_OPENID, openId);
		mvc.perform(MockMvcRequestBuilders.get("/owner/login").param("wechat", "bind").session(session)).andReturn();
		mvc.perform(MockMvcRequestBuilders.post("/owner/login/code").with(csrf()).param("mobile", mobile).session(session))
			.andReturn();
		MvcResult login = mvc.perform(MockMvcRequestBuilders.post("/owner/login").with(csrf()).param("mobile", mobile)
			.param("code", smsCode(mobile)).session(session)).andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/owner");
		assertThat(directory.residentsByWechatOpenId(openId)).extracting(r -> r.id()).containsExactly(p.residentIds().get(1));
	}

	@Test
	void theAppRatesReopensAndReadsTheInboxWithItsToken() throws Exception {
		long mine = resolvedComplaint(p.residentIds().get(2)).get("id").asLong();
		long second = resolvedComplaint(p.residentIds().get(2)).get("id").asLong();
		long theirs = resolvedComplaint(p.residentIds().get(3)).get("id").asLong();
		String mobile = get("/api/v1/residents/" + p.residentIds().get(2), p.agent()).expect(200).get("mobile").asString();
		post("/api/v1/owner/login/code", null, Map.of("mobile", mobile)).expect(202);
		Map<String, String> bearer = Map.of("Authorization", "Bearer " + post("/api/v1/owner/login", null,
				Map.of("mobile", mobile, "code", smsCode(mobile))).expect(200).get("token").asString());
		Map<String, Object> good = Map.of("stars", 5, "solved", true, "comment", "很好");
		assertThat(call(org.springframework.http.HttpMethod.POST, "/api/v1/owner/complaints/" + theirs + "/rating", null,
				good, bearer).status()).isEqualTo(404);
		assertThat(call(org.springframework.http.HttpMethod.POST, "/api/v1/owner/complaints/" + theirs + "/reopen", null,
				Map.of("reason", "没修好"), bearer).status()).isEqualTo(404);
		assertThat(get("/api/v1/complaints/" + theirs, p.agent()).expect(200).get("status").asString())
			.isEqualTo("RESOLVED");
		assertThat(call(org.springframework.http.HttpMethod.POST, "/api/v1/owner/complaints/" + mine + "/rating", null,
				good, bearer).expect(201).get("stars").asInt()).isEqualTo(5);
		assertThat(call(org.springframework.http.HttpMethod.GET, "/api/v1/owner/complaints/" + mine + "/rating", null,
				null, bearer).expect(200).get("comment").asString()).isEqualTo("很好");
		assertThat(call(org.springframework.http.HttpMethod.POST, "/api/v1/owner/complaints/" + second + "/reopen", null,
				Map.of("reason", "灯还是不亮"), bearer).expect(200).get("status").asString()).isEqualTo("REOPENED");
		JsonNode inbox = call(org.springframework.http.HttpMethod.GET, "/api/v1/owner/inbox", null, null, bearer)
			.expect(200);
		assertThat(inbox.get("messages").toString()).contains("\"complaintId\":" + mine);
		assertThat(inbox.toString()).doesNotContain("验证码");
		assertThat(get("/api/v1/owner/inbox", p.agent()).status()).as("staff have no owner inbox").isEqualTo(403);
	}

	/** Signs the resident in through the page, with the code of the SMS sent to them. */
	MockHttpSession signIn(long residentId) throws Exception {
		String mobile = get("/api/v1/residents/" + residentId, p.agent()).expect(200).get("mobile").asString();
		assertThat(page(mvc.perform(MockMvcRequestBuilders.post("/owner/login/code").with(csrf()).param("mobile", mobile)).andReturn()))
			.contains("验证码已发送");
		MvcResult login = mvc.perform(MockMvcRequestBuilders.post("/owner/login").with(csrf()).param("mobile", mobile)
			.param("code", smsCode(mobile))).andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/owner");
		return (MockHttpSession) login.getRequest().getSession();
	}

	JsonNode resolvedComplaint(long residentId) throws Exception {
		JsonNode c = post("/api/v1/complaints", p.agent(), Map.of("residentId", residentId, "channel", "PHONE",
				"content", "楼道灯坏了三天", "topic", "LIGHTING", "urgency", "NORMAL")).expect(201);
		return fixtures.resolve(p, c.get("id").asLong(), "已更换灯泡");
	}

	long attach(long id) throws Exception {
		MvcResult r = mvc.perform(multipart("/api/v1/complaints/" + id + "/attachments")
			.file(new MockMultipartFile("file", "lamp.png", "image/png", PNG))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(p.agent(), PASSWORD)))
			.andReturn();
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
		return json.readTree(r.getResponse().getContentAsString()).get("id").asLong();
	}

	String smsCode(String mobile) {
		String body = jdbc.queryForObject("select body from notification_message where address = ? and channel = 'SMS'"
				+ " and idempotency_key like 'portal-login:%' order by id desc limit 1", String.class, mobile);
		Matcher code = Pattern.compile("\\d{6}").matcher(body);
		assertThat(code.find()).isTrue();
		return code.group();
	}

	long complaintsOf(long householdId) {
		return jdbc.queryForObject("select count(*) from complaint where household_id = ?", Long.class, householdId);
	}

	int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	static String page(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
