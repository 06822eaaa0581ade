package org.anju.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutTextMessage;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import me.chanjar.weixin.mp.util.crypto.WxMpCryptUtil;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The official account's server URL (服务器地址). WeChat signs every call with the account's token
 * ({@code anju.notification.wechat.token}): SHA-1 of token, timestamp and nonce, sorted. A call
 * without a valid signature, or whose timestamp is further than
 * {@code anju.intake.wechat.timestamp-tolerance} from our clock, is not from WeChat: 403, logged,
 * nothing kept. GET is WeChat's check of the URL (answered with {@code echostr}); POST carries a
 * message in plain or safe mode ({@code encrypt_type=aes}, decrypted with the account's AES key and
 * answered encrypted). The answer is a passive text reply, or {@code success} for none, which is
 * what stops WeChat from retrying. Without a token the hook is off (503).
 */
@RestController
@RequestMapping("/api/v1/hooks/wechat")
class WechatHook {

	private static final Logger log = LoggerFactory.getLogger(WechatHook.class);

	private final WechatIntake wechat;

	private final Clock clock;

	private final Duration tolerance;

	/** Null without a token. */
	private final WxMpService account;

	WechatHook(WechatIntake wechat, Clock clock, @Value("${anju.notification.wechat.app-id:}") String appId,
			@Value("${anju.notification.wechat.token:}") String token,
			@Value("${anju.notification.wechat.aes-key:}") String aesKey,
			@Value("${anju.intake.wechat.timestamp-tolerance:PT5M}") Duration tolerance) {
		this.wechat = wechat;
		this.clock = clock;
		this.tolerance = tolerance;
		if (token.isBlank()) {
			this.account = null;
			return;
		}
		WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
		config.setAppId(appId);
		config.setToken(token);
		config.setAesKey(aesKey.isBlank() ? null : aesKey);
		WxMpServiceImpl service = new WxMpServiceImpl();
		service.setWxMpConfigStorage(config);
		this.account = service;
	}

	@GetMapping
	ResponseEntity<?> verify(@RequestParam(required = false) String signature,
			@RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
			@RequestParam(required = false) String echostr, HttpServletRequest request) {
		return refusal(signature, timestamp, nonce, request).orElseGet(
				() -> ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(echostr == null ? "" : echostr));
	}

	@PostMapping
	ResponseEntity<?> receive(@RequestParam(required = false) String signature,
			@RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
			@RequestParam(name = "encrypt_type", required = false) String encryptType,
			@RequestParam(name = "msg_signature", required = false) String msgSignature,
			@RequestBody(required = false) byte[] body, HttpServletRequest request) {
		Instant arrivedAt = clock.instant();
		Optional<ResponseEntity<?>> refused = refusal(signature, timestamp, nonce, request);
		if (refused.isPresent()) {
			return refused.get();
		}
		byte[] raw = body == null ? new byte[0] : body;
		boolean encrypted = "aes".equalsIgnoreCase(encryptType);
		if (encrypted) {
			if (account.getWxMpConfigStorage().getAesKey() == null) {
				log.warn("WeChat sent a message in safe mode, but no AES key is configured (anju.notification.wechat.aes-key)");
				return problem(HttpStatus.SERVICE_UNAVAILABLE, "No AES key is configured for WeChat's safe mode.");
			}
			try {
				raw = new WxMpCryptUtil(account.getWxMpConfigStorage())
					.decryptXml(msgSignature, timestamp, nonce, new String(raw, StandardCharsets.UTF_8))
					.getBytes(StandardCharsets.UTF_8);
			}
			catch (RuntimeException ex) {
				log.warn("WeChat hook: encrypted message from {} refused (timestamp {}, nonce {}): {}",
						request.getRemoteAddr(), timestamp, nonce, ex.getMessage());
				return problem(HttpStatus.FORBIDDEN, "Bad message signature.");
			}
		}
		WxMpXmlMessage in;
		try {
			in = parse(raw);
		}
		catch (RuntimeException ex) {
			String why = String.valueOf(ex.getMessage()).lines().findFirst().orElse("").strip();
			wechat.malformed(raw, why.length() > 300 ? why.substring(0, 300) : why, arrivedAt);
			return success();
		}
		String reply = wechat.receive(in, raw, arrivedAt);
		if (reply == null) {
			return success();
		}
		WxMpXmlOutTextMessage out = WxMpXmlOutMessage.TEXT().content(reply).fromUser(in.getToUser())
			.toUser(in.getFromUser()).build();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
			.body(encrypted ? out.toEncryptedXml(account.getWxMpConfigStorage()) : out.toXml());
	}

	private Optional<ResponseEntity<?>> refusal(String signature, String timestamp, String nonce,
			HttpServletRequest request) {
		if (account == null) {
			log.warn("WeChat hook called, but the official account has no token (anju.notification.wechat.token)");
			return Optional.of(problem(HttpStatus.SERVICE_UNAVAILABLE, "The WeChat official account is not configured."));
		}
		if (signature == null || timestamp == null || nonce == null
				|| !account.checkSignature(timestamp, nonce, signature)) {
			log.warn("WeChat hook: bad signature from {} (timestamp {}, nonce {}), refused", request.getRemoteAddr(),
					timestamp, nonce);
			return Optional.of(problem(HttpStatus.FORBIDDEN, "Bad signature."));
		}
		if (!isFresh(timestamp)) {
			log.warn("WeChat hook: timestamp {} from {} is too far from now, refused", timestamp,
					request.getRemoteAddr());
			return Optional.of(problem(HttpStatus.FORBIDDEN, "Stale timestamp."));
		}
		return Optional.empty();
	}

	/** A signature covers no body: a recorded one must not serve for long. */
	private boolean isFresh(String timestamp) {
		try {
			Instant signed = Instant.ofEpochSecond(Long.parseLong(timestamp));
			return Duration.between(signed, clock.instant()).abs().compareTo(tolerance) <= 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static WxMpXmlMessage parse(byte[] raw) {
		WxMpXmlMessage in = WxMpXmlMessage.fromXml(new String(raw, StandardCharsets.UTF_8));
		if (in.getFromUser() == null || in.getFromUser().isBlank() || in.getMsgType() == null) {
			throw new IllegalArgumentException("no FromUserName or MsgType");
		}
		return in;
	}

	private static ResponseEntity<String> success() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("success");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
