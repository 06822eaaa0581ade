package org.anju.intake;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.anju.directory.Directory;
import org.anju.directory.DirectorySetup;
import org.anju.directory.ResidentRef;
import org.anju.notification.DirectMessages;
import org.springframework.stereotype.Component;

/**
 * Binds a WeChat user to a resident. A user the directory does not know sends "绑定 手机号";
 * if exactly one active resident has that mobile, a six-digit code goes to it by SMS, and the
 * code sent back within ten minutes binds the user's openid to the resident. The SMS proves
 * that the user holds the resident's phone; five wrong codes void the claim, and a new code is
 * sent at most once a minute so that the account cannot be used to flood a phone.
 */
@Component
class WechatBindings {

	static final Duration VALIDITY = Duration.ofMinutes(10);

	private static final Duration RESEND_AFTER = Duration.ofMinutes(1);

	private final SecureRandom random = new SecureRandom();

	private final WechatBindingRepository bindings;

	private final Directory directory;

	private final DirectorySetup setup;

	private final DirectMessages sms;

	private final Clock clock;

	WechatBindings(WechatBindingRepository bindings, Directory directory, DirectorySetup setup, DirectMessages sms,
			Clock clock) {
		this.bindings = bindings;
		this.directory = directory;
		this.setup = setup;
		this.sms = sms;
		this.clock = clock;
	}

	/** The user claims the resident with this mobile: a code is sent to it. */
	Step claim(String openId, String mobile) {
		Instant now = clock.instant();
		List<ResidentRef> residents = directory.residentsByMobile(mobile).stream().filter(ResidentRef::active).toList();
		if (residents.isEmpty()) {
			return new Step("binding: no resident with mobile " + masked(mobile),
					"没有找到登记手机号 " + masked(mobile) + " 的住户。请核对号码，或联系物业客服中心登记。");
		}
		if (residents.size() > 1) {
			return new Step("binding: several residents with mobile " + masked(mobile),
					"手机号 " + masked(mobile) + " 登记在多位住户名下，无法自动绑定，请联系物业客服中心。");
		}
		WechatBinding binding = bindings.findByOpenId(openId).orElseGet(() -> new WechatBinding(openId));
		if (!binding.isNew() && binding.getCreatedAt().plus(RESEND_AFTER).isAfter(now)) {
			return new Step("binding: code requested again within a minute",
					"验证码已发送，请查看短信；如未收到，请一分钟后再试。");
		}
		String code = String.format("%06d", random.nextInt(1_000_000));
		binding.claim(residents.get(0).id(), code, now, VALIDITY);
		bindings.saveAndFlush(binding);
		sms.sms("wechat-binding:" + openId + ":" + now.toEpochMilli(), mobile, "微信绑定验证码",
				"您正在绑定物业微信服务号，验证码 " + code + "，" + VALIDITY.toMinutes() + "分钟内有效。如非本人操作，请忽略。");
		return new Step("binding: code sent to " + masked(mobile), "验证码已通过短信发送到 " + masked(mobile) + "，请在"
				+ VALIDITY.toMinutes() + "分钟内回复这6位数字，完成绑定。");
	}

	/** The user sends a code back; empty if no claim of theirs is waiting. */
	Optional<Step> confirm(String openId, String code) {
		Optional<WechatBinding> found = bindings.findByOpenId(openId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		WechatBinding binding = found.get();
		if (binding.isExpired(clock.instant())) {
			bindings.delete(binding);
			return Optional.of(new Step("binding: code expired", "验证码已过期，请重新发送“绑定 手机号”。"));
		}
		if (!binding.confirm(code)) {
			if (binding.isVoid()) {
				bindings.delete(binding);
				return Optional.of(new Step("binding: too many wrong codes, claim void",
						"验证码错误次数过多，本次绑定已作废。请重新发送“绑定 手机号”。"));
			}
			bindings.save(binding);
			return Optional.of(new Step("binding: wrong code",
					"验证码不正确，还可以再试" + binding.attemptsLeft() + "次。"));
		}
		bindings.delete(binding);
		ResidentRef resident = setup.bindWechat(binding.getResidentId(), openId);
		return Optional.of(new Step("binding: bound to resident " + resident.id(), "绑定成功！" + resident.name() + "，您好（"
				+ resident.household().label() + "）。现在可以直接在这里发文字或图片，向物业反映问题。"));
	}

	static String masked(String mobile) {
		return mobile.length() == 11 ? mobile.substring(0, 3) + "****" + mobile.substring(7) : "***";
	}

	/** What a binding step did (kept as the inbound message's reason) and what the user is told. */
	record Step(String reason, String reply) {
	}

}
