package org.anju.intake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import org.anju.complaint.Channel;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official account end to end: signed WeChat XML posted to the hook (the signature computed
 * here, independently of WxJava), WireMock as WeChat's picture server.
 */
@TestPropertySource(properties = { "anju.notification.wechat.token=" + WechatIntakeIT.TOKEN,
		"anju.notification.wechat.app-id=" + WechatIntakeIT.APP_ID,
		"anju.notification.wechat.aes-key=" + WechatIntakeIT.AES_KEY })
class WechatIntakeIT extends ApiTest {

	static final String TOKEN = "anju-hook-token";

	static final String APP_ID = "wxintake01234567";

	static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

	static final String ACCOUNT = "gh_0a1b2c3d4e5f";

	static final String HOOK = "/api/v1/hooks/wechat";

	static final Pattern CONTENT = Pattern.compile("<Content><!\\[CDATA\\[(.*?)]]></Content>", Pattern.DOTALL);

	static final AtomicLong msgIds = new AtomicLong(System.currentTimeMillis() * 1000);

	static final AtomicLong mobiles = new AtomicLong(System.nanoTime() % 50_000_000);

	static final WireMockServer pictures = new WireMockServer(options().dynamicPort());

	static {
		pictures.start();
	}

	@AfterAll
	static void stop() {
		pictures.stop();
	}

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InboundMessageRepository inbound;

	ProjectFixture p;

	@BeforeEach
	void project() throws Exception {
		pictures.resetAll();
		p = fixtures.project();
	}

	// ---- a bound owner's text

	@Test
	void aBoundOwnersTextIsRegisteredTriagedAssignedAndAnsweredWithItsNumber() throws Exception {
		Owner owner = owner(0, true);
		long msgId = msgIds.incrementAndGet();
		String xml = text(owner.openId(), msgId, "1栋楼道的灯坏了好几天了，晚上黑漆漆的");

		MvcResult first = send(xml);
		String reply = reply(first, owner.openId());
		JsonNode complaint = onlyComplaint();
		String number = complaint.get("number").asString();
		assertThat(reply).contains("已受理", number);
		assertThat(complaint.get("channel").asString()).isEqualTo("WECHAT");
		assertThat(complaint.at("/complainant/residentId").asLong()).isEqualTo(owner.residentId());
		assertThat(complaint.get("topic").asString()).isEqualTo("LIGHTING");
		assertThat(complaint.get("department").asString()).isEqualTo("ENGINEERING");
		assertThat(complaint.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(complaint.get("assigneeId").asLong()).isEqualTo(fixtures.staffId(p.staff()));
		assertThat(complaint.get("intakeMillis").isNumber()).isTrue();

		JsonNode ack = residentMessages(complaint).get(0);
		assertThat(ack.get("channel").asString()).isEqualTo("WECHAT");
		assertThat(ack.get("address").asString()).isEqualTo(owner.openId());
		assertThat(ack.get("body").asString()).contains(number);

		JsonNode kept = intakeOf(complaint).get(0);
		assertThat(kept.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(kept.get("externalId").asString()).isEqualTo(String.valueOf(msgId));
		assertThat(kept.get("sender").asString()).isEqualTo(owner.openId());
		assertThat(kept.get("rawType").asString()).isEqualTo("application/xml");
		assertThat(raw(kept.get("id").asLong(), p.agent())).isEqualTo(xml.getBytes(StandardCharsets.UTF_8));

		// WeChat did not get the answer in time and sends the message again
		assertThat(reply(send(xml), owner.openId())).isEqualTo(reply);
		assertThat(intakeOf(onlyComplaint())).hasSize(1);

		// the same thing in a new message: the desk merges it
		String merged = reply(send(text(owner.openId(), msgIds.incrementAndGet(), "楼道的灯还是不亮，晚上走路太危险了")),
				owner.openId());
		assertThat(merged).contains(number, "已在处理中");
		assertThat(timeline(onlyComplaint()).toString()).contains("OWNER_MESSAGE", "楼道的灯还是不亮");

		// a follow-up naming the number, and one starting with a marker
		assertThat(reply(send(text(owner.openId(), msgIds.incrementAndGet(), "请问" + number + "什么时候来修？")),
				owner.openId())).contains("补充的内容", number);
		assertThat(reply(send(text(owner.openId(), msgIds.incrementAndGet(), "补充：二楼的灯也不亮")), owner.openId()))
			.contains(number);
		JsonNode all = intakeOf(onlyComplaint());
		assertThat(all.findValuesAsString("status")).containsExactly("ACCEPTED", "MERGED", "THREADED", "THREADED");
		assertThat(timeline(onlyComplaint()).toString()).contains("什么时候来修", "二楼的灯也不亮");
	}

	@Test
	void somethingElseWithoutAMarkerIsANewComplaint() throws Exception {
		Owner owner = owner(1, true);
		String first = number(reply(send(text(owner.openId(), msgIds.incrementAndGet(), "1栋楼道的灯坏了好几天了")),
				owner.openId()));
		String second = number(reply(send(text(owner.openId(), msgIds.incrementAndGet(), "小区东门的垃圾桶满了，臭气熏天没人清理")),
				owner.openId()));
		assertThat(second).isNotEqualTo(first);
		assertThat(complaints()).hasSize(2);
	}

	// ---- refusals

	@Test
	void aBadSignatureIsRefusedAndNothingIsKept() throws Exception {
		Owner owner = owner(0, true);
		long before = inbound.count();
		String xml = text(owner.openId(), msgIds.incrementAndGet(), "1栋楼道的灯坏了");
		String ts = String.valueOf(clock.instant().getEpochSecond());

		MvcResult forged = post(xml.getBytes(StandardCharsets.UTF_8),
				"signature=" + sha1(TOKEN + "x", ts, "n1") + "&timestamp=" + ts + "&nonce=n1");
		assertThat(forged.getResponse().getStatus()).isEqualTo(403);
		assertThat(forged.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(post(xml.getBytes(StandardCharsets.UTF_8), "timestamp=" + ts + "&nonce=n1").getResponse()
			.getStatus()).isEqualTo(403);
		String old = String.valueOf(clock.instant().minus(Duration.ofHours(1)).getEpochSecond());
		assertThat(post(xml.getBytes(StandardCharsets.UTF_8),
				"signature=" + sha1(TOKEN, old, "n2") + "&timestamp=" + old + "&nonce=n2").getResponse().getStatus())
			.as("a recorded signature replayed later").isEqualTo(403);
		assertThat(inbound.count()).isEqualTo(before);
		assertThat(complaints()).isEmpty();

		// WeChat's check of the server address
		MvcResult verified = mvc.perform(MockMvcRequestBuilders.get(HOOK + "?" + signed() + "&echostr=4321567890"))
			.andReturn();
		assertThat(verified.getResponse().getStatus()).isEqualTo(200);
		assertThat(verified.getResponse().getContentAsString()).isEqualTo("4321567890");
		assertThat(mvc.perform(MockMvcRequestBuilders.get(HOOK + "?signature=bad&timestamp=" + ts
				+ "&nonce=n3&echostr=4321567890")).andReturn().getResponse().getStatus()).isEqualTo(403);

		WechatHook unconfigured = new WechatHook(null, clock, "", "", "", Duration.ofMinutes(5));
		assertThat(unconfigured.verify("s", ts, "n", "e", new MockHttpServletRequest()).getStatusCode().value()).isEqualTo(503);
	}

	@Test
	void anUnboundUserIsQuarantinedAndToldHowToBind() throws Exception {
		String stranger = unique("oStranger");
		long msgId = msgIds.incrementAndGet();
		assertThat(reply(send(text(stranger, msgId, "我家楼上漏水了，快来人")), stranger)).contains("绑定 手机号");

		InboundMessage kept = inbound.findByChannelAndExternalId(Channel.WECHAT, String.valueOf(msgId)).orElseThrow();
		assertThat(kept.getStatus()).isEqualTo(InboundStatus.QUARANTINED);
		assertThat(kept.getReason()).isEqualTo("unbound openid");
		assertThat(kept.getComplaintId()).isNull();
		JsonNode quarantine = get("/api/v1/intake/messages?channel=WECHAT", ADMIN).expect(200);
		assertThat(quarantine.findValuesAsString("sender")).contains(stranger);
		get("/api/v1/intake/messages/" + kept.getId(), p.agent()).expect(404);
	}

	@Test
	void malformedXmlIsQuarantinedWithItsRawContent() throws Exception {
		byte[] broken = ("<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName>" + unique("o")
				+ "</ToUserName><Content>没写完").getBytes(StandardCharsets.UTF_8);
		MvcResult answer = post(broken, signed());
		assertThat(answer.getResponse().getStatus()).isEqualTo(200);
		assertThat(answer.getResponse().getContentAsString()).isEqualTo("success");

		InboundMessage kept = inbound.findTop500ByStatusInAndChannelOrderByIdDesc(Set.of(InboundStatus.QUARANTINED), Channel.WECHAT).stream()
			.filter(m -> m.getReason().startsWith("malformed WeChat XML"))
			.findFirst().orElseThrow();
		assertThat(raw(kept.getId(), ADMIN)).isEqualTo(broken);
		get("/api/v1/intake/messages/" + kept.getId() + "/raw", p.agent()).expect(404);
	}

	// ---- binding

	@Test
	void anOwnerBindsWithTheCodeSentToTheirMobile() throws Exception {
		Owner owner = owner(2, false);
		String openId = unique("oNew");
		assertThat(reply(send(text(openId, msgIds.incrementAndGet(), "绑定 " + owner.mobile())), openId))
			.contains("验证码已通过短信发送到 " + owner.mobile().substring(0, 3) + "****" + owner.mobile().substring(7));
		String code = smsCode(owner.mobile());

		assertThat(reply(send(text(openId, msgIds.incrementAndGet(), wrong(code))), openId)).contains("验证码不正确", "4次");
		assertThat(residentOpenId(owner)).isNull();
		assertThat(reply(send(text(openId, msgIds.incrementAndGet(), code)), openId)).contains("绑定成功");
		assertThat(residentOpenId(owner)).isEqualTo(openId);
		assertThat(get("/api/v1/residents/" + owner.residentId(), p.agent()).expect(200).get("preferredChannel")
			.asString()).isEqualTo("WECHAT");

		String complaint = reply(send(text(openId, msgIds.incrementAndGet(), "2栋电梯又坏了，按钮按了没反应")), openId);
		assertThat(complaint).contains("已受理");
		assertThat(onlyComplaint().at("/complainant/residentId").asLong()).isEqualTo(owner.residentId());
		List<String> steps = new ArrayList<>();
		inbound.findTop500ByStatusInAndChannelOrderByIdDesc(Set.of(InboundStatus.IGNORED), Channel.WECHAT).stream()
			.filter(m -> openId.equals(m.getSender()))
			.forEach(m -> steps.add(m.getReason()));
		assertThat(steps).containsExactlyInAnyOrder("binding: code sent to " + masked(owner.mobile()),
				"binding: wrong code", "binding: bound to resident " + owner.residentId());
	}

	@Test
	void fiveWrongCodesVoidTheClaim() throws Exception {
		Owner owner = owner(3, false);
		String openId = unique("oGuess");
		send(text(openId, msgIds.incrementAndGet(), "绑定" + owner.mobile()));
		String code = smsCode(owner.mobile());
		String last = null;
		for (int i = 0; i < 5; i++) {
			last = reply(send(text(openId, msgIds.incrementAndGet(), wrong(code))), openId);
		}
		assertThat(last).contains("作废");
		assertThat(reply(send(text(openId, msgIds.incrementAndGet(), code)), openId)).isEqualTo(WechatIntake.HOW_TO_BIND);
		assertThat(residentOpenId(owner)).isNull();

		String nobody = newMobile();
		assertThat(reply(send(text(openId, msgIds.incrementAndGet(), "绑定 " + nobody)), openId)).contains("没有找到");
	}

	// ---- pictures

	@Test
	void aPictureGoesToTheOwnersRecentComplaintOrBecomesOne() throws Exception {
		byte[] png = png();
		pictures.stubFor(WireMock.get("/pic/ok").willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(png)));
		pictures.stubFor(WireMock.get("/pic/gone").willReturn(aResponse().withStatus(404)));

		Owner withComplaint = owner(0, true);
		String number = number(reply(send(text(withComplaint.openId(), msgIds.incrementAndGet(), "1栋楼道的灯坏了好几天了")),
				withComplaint.openId()));
		long picture = msgIds.incrementAndGet();
		assertThat(reply(send(image(withComplaint.openId(), picture, pictures.baseUrl() + "/pic/ok")),
				withComplaint.openId())).contains("补充的内容", number);
		JsonNode complaint = get("/api/v1/complaints/" + onlyComplaint().get("id").asLong(), p.agent()).expect(200);
		assertThat(complaint.at("/attachments/0/fileName").asString()).isEqualTo("微信图片-" + picture + ".png");
		assertThat(complaint.at("/attachments/0/contentType").asString()).isEqualTo("image/png");
		assertThat(intakeOf(complaint).findValuesAsString("status")).containsExactly("ACCEPTED", "THREADED");

		Owner onlyAPicture = owner(1, true);
		String reply = reply(send(image(onlyAPicture.openId(), msgIds.incrementAndGet(), pictures.baseUrl() + "/pic/ok")),
				onlyAPicture.openId());
		assertThat(reply).contains("已收到您的图片");
		JsonNode own = complaints().stream().filter(c -> c.get("number").asString().equals(number(reply)))
			.findFirst().orElseThrow();
		JsonNode full = get("/api/v1/complaints/" + own.get("id").asLong(), p.agent()).expect(200);
		assertThat(full.get("content").asString()).contains("图片");
		assertThat(full.get("attachments")).hasSize(1);
		assertThat(full.get("department").asString()).as("waits in the triage queue").isEqualTo("CUSTOMER_SERVICE");

		long lost = msgIds.incrementAndGet();
		assertThat(reply(send(image(onlyAPicture.openId(), lost, pictures.baseUrl() + "/pic/gone")),
				onlyAPicture.openId())).contains("图片没有收到");
		InboundMessage kept = inbound.findByChannelAndExternalId(Channel.WECHAT, String.valueOf(lost)).orElseThrow();
		assertThat(kept.getStatus()).isEqualTo(InboundStatus.QUARANTINED);
		assertThat(kept.getReason()).startsWith("picture could not be fetched");
		assertThat(get("/api/v1/intake/messages", p.agent()).expect(200).findValuesAsString("externalId"))
			.as("the project's staff see it").contains(String.valueOf(lost));
	}

	// ---- events and safe mode

	@Test
	void subscribingIsWelcomedOnce() throws Exception {
		String user = unique("oFollow");
		long at = clock.instant().getEpochSecond();
		String subscribe = event(user, "subscribe", at);
		assertThat(reply(send(subscribe), user)).contains("欢迎关注", "绑定 手机号");
		InboundMessage kept = inbound.findByChannelAndExternalId(Channel.WECHAT, user + ":" + at).orElseThrow();
		assertThat(kept.getStatus()).isEqualTo(InboundStatus.IGNORED);
		assertThat(send(subscribe).getResponse().getContentAsString()).isEqualTo("success");
		assertThat(send(event(user, "unsubscribe", at + 1)).getResponse().getContentAsString()).isEqualTo("success");
	}

	@Test
	void safeModeMessagesAreDecryptedAndAnsweredEncrypted() throws Exception {
		Owner owner = owner(0, true);
		String xml = text(owner.openId(), msgIds.incrementAndGet(), "1栋楼道的灯坏了好几天了");
		String encrypt = encrypt(xml);
		String envelope = "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
				+ "]]></Encrypt></xml>";
		String ts = String.valueOf(clock.instant().getEpochSecond());
		String query = "signature=" + sha1(TOKEN, ts, "safe1") + "&timestamp=" + ts + "&nonce=safe1&encrypt_type=aes";

		assertThat(post(envelope.getBytes(StandardCharsets.UTF_8), query + "&msg_signature=" + sha1(TOKEN, ts, "safe1", "x"))
			.getResponse().getStatus()).isEqualTo(403);
		MvcResult answer = post(envelope.getBytes(StandardCharsets.UTF_8),
				query + "&msg_signature=" + sha1(TOKEN, ts, "safe1", encrypt));
		String body = answer.getResponse().getContentAsString(StandardCharsets.UTF_8);
		String replyEncrypt = field(body, "Encrypt");
		assertThat(field(body, "MsgSignature"))
			.isEqualTo(sha1(TOKEN, field(body, "TimeStamp"), field(body, "Nonce"), replyEncrypt));
		String reply = decrypt(replyEncrypt);
		assertThat(reply).contains(onlyComplaint().get("number").asString(), owner.openId());
		assertThat(raw(intakeOf(onlyComplaint()).get(0).get("id").asLong(), p.agent()))
			.as("the decrypted message is kept").isEqualTo(xml.getBytes(StandardCharsets.UTF_8));
	}

	// ---- helpers

	record Owner(long residentId, String mobile, String openId) {
	}

	/** A resident of the project's household; bound to a new openid (and preferring WeChat) if asked. */
	Owner owner(int household, boolean bound) throws Exception {
		String mobile = newMobile();
		String openId = bound ? unique("oOwner") : null;
		Map<String, Object> details = new java.util.HashMap<>(Map.of("name", "业主" + household, "relation", "OWNER",
				"mobile", mobile, "preferredChannel", bound ? "WECHAT" : "SMS"));
		if (bound) {
			details.put("wechatOpenId", openId);
		}
		long id = post("/api/v1/households/" + p.householdIds().get(household) + "/residents", p.agent(), details)
			.expect(201).get("id").asLong();
		return new Owner(id, mobile, openId);
	}

	static String newMobile() {
		return "135" + String.format("%08d", mobiles.incrementAndGet() % 100_000_000);
	}

	String residentOpenId(Owner owner) throws Exception {
		JsonNode openId = get("/api/v1/residents/" + owner.residentId(), p.agent()).expect(200).get("wechatOpenId");
		return openId == null || openId.isNull() ? null : openId.asString();
	}

	String smsCode(String mobile) {
		String body = jdbc.queryForObject("select body from notification_message where address = ? and channel = 'SMS'"
				+ " and idempotency_key like 'wechat-binding:%'", String.class, mobile);
		Matcher code = Pattern.compile("\\d{6}").matcher(body);
		assertThat(code.find()).as(body).isTrue();
		return code.group();
	}

	static String wrong(String code) {
		return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
	}

	static String masked(String mobile) {
		return mobile.substring(0, 3) + "****" + mobile.substring(7);
	}

	String text(String openId, long msgId, String content) {
		return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openId
				+ "]]></FromUserName><CreateTime>" + clock.instant().getEpochSecond()
				+ "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content + "]]></Content><MsgId>"
				+ msgId + "</MsgId></xml>";
	}

	String image(String openId, long msgId, String picUrl) {
		return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openId
				+ "]]></FromUserName><CreateTime>" + clock.instant().getEpochSecond()
				+ "</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[" + picUrl
				+ "]]></PicUrl><MediaId><![CDATA[media" + msgId + "]]></MediaId><MsgId>" + msgId + "</MsgId></xml>";
	}

	static String event(String openId, String event, long at) {
		return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openId
				+ "]]></FromUserName><CreateTime>" + at + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA["
				+ event + "]]></Event></xml>";
	}

	/** Query parameters WeChat would send: SHA-1 of the sorted token, timestamp and nonce. */
	String signed() {
		String ts = String.valueOf(clock.instant().getEpochSecond());
		String nonce = String.valueOf(msgIds.incrementAndGet());
		return "signature=" + sha1(TOKEN, ts, nonce) + "&timestamp=" + ts + "&nonce=" + nonce;
	}

	MvcResult send(String xml) throws Exception {
		MvcResult result = post(xml.getBytes(StandardCharsets.UTF_8), signed());
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result;
	}

	MvcResult post(byte[] body, String query) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(HOOK + "?" + query).contentType(MediaType.TEXT_XML).content(body))
			.andReturn();
	}

	/** The passive reply's text, checked to go back to the sender from the account. */
	static String reply(MvcResult result, String openId) throws Exception {
		String xml = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(xml).as("reply").contains("<ToUserName><![CDATA[" + openId + "]]></ToUserName>",
				"<FromUserName><![CDATA[" + ACCOUNT + "]]></FromUserName>", "<MsgType><![CDATA[text]]></MsgType>");
		Matcher content = CONTENT.matcher(xml);
		assertThat(content.find()).as(xml).isTrue();
		return content.group(1);
	}

	static String number(String reply) {
		Matcher number = Pattern.compile("TS\\d{8}-\\d{4}").matcher(reply);
		assertThat(number.find()).as(reply).isTrue();
		return number.group();
	}

	static String field(String xml, String name) {
		Matcher m = Pattern.compile("<" + name + ">(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</" + name + ">").matcher(xml);
		assertThat(m.find()).as(xml).isTrue();
		return m.group(1);
	}

	List<JsonNode> complaints() throws Exception {
		List<JsonNode> found = new ArrayList<>();
		get("/api/v1/complaints?channel=WECHAT&projectId=" + p.projectId(), p.agent()).expect(200).get("content")
			.forEach(found::add);
		return found;
	}

	JsonNode onlyComplaint() throws Exception {
		List<JsonNode> all = complaints();
		assertThat(all).hasSize(1);
		return get("/api/v1/complaints/" + all.get(0).get("id").asLong(), p.agent()).expect(200);
	}

	JsonNode timeline(JsonNode complaint) throws Exception {
		return get("/api/v1/complaints/" + complaint.get("id").asLong() + "/timeline", p.agent()).expect(200);
	}

	JsonNode intakeOf(JsonNode complaint) throws Exception {
		return get("/api/v1/intake/messages?complaintId=" + complaint.get("id").asLong(), p.agent()).expect(200);
	}

	List<JsonNode> residentMessages(JsonNode complaint) throws Exception {
		List<JsonNode> found = new ArrayList<>();
		get("/api/v1/complaints/" + complaint.get("id").asLong() + "/messages", p.agent()).expect(200)
			.forEach(m -> {
				if (m.get("recipientType").asString().equals("RESIDENT")) {
					found.add(m);
				}
			});
		return found;
	}

	byte[] raw(long messageId, String user) throws Exception {
		MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/api/v1/intake/messages/" + messageId + "/raw")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(user, ADMIN.equals(user) ? "test-admin-pw" : PASSWORD)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsByteArray();
	}

	static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	static String sha1(String... parts) {
		String[] sorted = parts.clone();
		Arrays.sort(sorted);
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
				.digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** WeChat's safe mode: AES-256-CBC of random(16) + length + message + app id, PKCS#7 to 32 bytes. */
	static String encrypt(String xml) throws Exception {
		byte[] text = xml.getBytes(StandardCharsets.UTF_8);
		byte[] app = APP_ID.getBytes(StandardCharsets.UTF_8);
		int length = 16 + 4 + text.length + app.length;
		int pad = 32 - length % 32;
		ByteBuffer plain = ByteBuffer.allocate(length + pad)
			.put("0123456789abcdef".getBytes(StandardCharsets.US_ASCII)).putInt(text.length).put(text).put(app);
		while (plain.hasRemaining()) {
			plain.put((byte) pad);
		}
		return Base64.getEncoder().encodeToString(aes(Cipher.ENCRYPT_MODE).doFinal(plain.array()));
	}

	static String decrypt(String encrypt) throws Exception {
		byte[] plain = aes(Cipher.DECRYPT_MODE).doFinal(Base64.getDecoder().decode(encrypt));
		int length = ByteBuffer.wrap(plain, 16, 4).getInt();
		assertThat(new String(plain, 20 + length, APP_ID.length(), StandardCharsets.UTF_8)).isEqualTo(APP_ID);
		return new String(plain, 20, length, StandardCharsets.UTF_8);
	}

	static Cipher aes(int mode) throws Exception {
		byte[] key = Base64.getDecoder().decode(AES_KEY + "=");
		Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
		cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
		return cipher;
	}

}
