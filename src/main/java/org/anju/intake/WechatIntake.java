package org.anju.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import me.chanjar.weixin.common.api.WxConsts.EventType;
import me.chanjar.weixin.common.api.WxConsts.XmlMsgType;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;

import org.anju.complaint.Channel;
import org.anju.complaint.Complaint;
import org.anju.complaint.Complaints;
import org.anju.complaint.Registration;
import org.anju.directory.ResidentRef;
import org.anju.intake.Intake.Taken;
import org.anju.intake.WechatBindings.Step;
import org.anju.intake.WechatPictures.Picture;
import org.anju.platform.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What the official account's messages become, once {@link WechatHook} has checked WeChat's
 * signature. Every message is kept through {@link Intake} (MsgId, or sender and time for events,
 * makes WeChat's retries recognisable), then:
 * <ul>
 * <li>a bound owner's text is added to an open complaint of theirs if it names its number, or if
 * it starts with 补充, 追加, 还有 or 跟进 and the owner has exactly one open complaint; otherwise it
 * is a complaint (which the desk merges into the same person's open one about the same thing);</li>
 * <li>a bound owner's picture is attached to their latest open complaint if that came in at most
 * {@code anju.intake.wechat.picture-window} (two hours) before; otherwise it is a complaint of its
 * own, which waits in the triage queue for a person;</li>
 * <li>a user the directory does not know can only bind ({@link WechatBindings}); anything else
 * they send is quarantined ("unbound openid", so that staff see who tried) and answered with
 * how to bind;</li>
 * <li>subscribing is welcomed, other events are ignored.</li>
 * </ul>
 * Each answer is the text of the passive reply (null for none); a replayed message gets the same
 * complaint number again.
 */
@Service
class WechatIntake {

	private static final Pattern NUMBER = Pattern.compile("TS\\d{8}-\\d{4}");

	private static final Pattern BIND = Pattern.compile("绑定[\\s:：]*(1\\d{10})");

	private static final Pattern CODE = Pattern.compile("\\d{6}");

	private static final List<String> FOLLOW_UP = List.of("补充", "追加", "还有", "跟进");

	static final String HOW_TO_BIND = "您的微信还没有绑定房屋，暂时无法受理投诉。请回复“绑定 手机号”（在物业登记的手机号，"
			+ "例如：绑定 13812345678），我们会发送短信验证码。急事请直接拨打物业客服电话。";

	private static final String RECEIVED = "已收到您的消息，工作人员会尽快查看。";

	private final Intake intake;

	private final Complaints complaints;

	private final WechatBindings bindings;

	private final WechatPictures pictures;

	private final Duration pictureWindow;

	WechatIntake(Intake intake, Complaints complaints, WechatBindings bindings, WechatPictures pictures,
			@Value("${anju.intake.wechat.picture-window:PT2H}") Duration pictureWindow) {
		this.intake = intake;
		this.complaints = complaints;
		this.bindings = bindings;
		this.pictures = pictures;
		this.pictureWindow = pictureWindow;
	}

	/** Takes a well-formed message; returns the reply text, or null. */
	String receive(WxMpXmlMessage in, byte[] raw, Instant arrivedAt) {
		ResidentRef owner = intake.byWechat(in.getFromUser()).orElse(null);
		Inbound inbound = new Inbound(Channel.WECHAT, externalId(in),
				owner == null ? null : owner.household().projectId(), in.getFromUser(), subject(in), raw,
				"application/xml", arrivedAt);
		AtomicReference<Answer> answer = new AtomicReference<>();
		Taken taken = intake.take(inbound, message -> answer.set(handle(message, in, owner, arrivedAt)));
		Answer given = answer.get();
		if (!taken.replay() && given != null && taken.is(given.status())) {
			return given.text();
		}
		return switch (taken.message().getStatus()) {
			case ACCEPTED -> accepted(taken.message().getComplaintNumber());
			case MERGED -> merged(taken.message().getComplaintNumber());
			case THREADED -> threaded(taken.message().getComplaintNumber());
			case QUARANTINED -> taken.replay() ? null : RECEIVED; // the handling failed
			default -> null;
		};
	}

	/** Keeps what could not be read as a WeChat message, quarantined. */
	void malformed(byte[] raw, String why, Instant arrivedAt) {
		intake.take(new Inbound(Channel.WECHAT, null, null, null, null, raw, "application/xml", arrivedAt),
				message -> intake.quarantine(message, "malformed WeChat XML: " + why));
	}

	private Answer handle(InboundMessage message, WxMpXmlMessage in, ResidentRef owner, Instant arrivedAt) {
		String type = String.valueOf(in.getMsgType());
		if (XmlMsgType.EVENT.equals(type)) {
			return event(message, in, owner);
		}
		if (owner == null) {
			return stranger(message, in);
		}
		Instant sentAt = in.getCreateTime() == null ? arrivedAt : Instant.ofEpochSecond(in.getCreateTime());
		Draft draft = new Draft(Channel.WECHAT, arrivedAt).from(owner).receivedAt(sentAt);
		return switch (type) {
			case XmlMsgType.TEXT -> text(message, in.getContent() == null ? "" : in.getContent().strip(), owner, draft);
			case XmlMsgType.IMAGE -> picture(message, in, owner, draft, sentAt);
			default -> quarantine(message, "unsupported message type " + type, "目前只能处理文字和图片消息，请用文字描述您的问题。");
		};
	}

	private Answer text(InboundMessage message, String text, ResidentRef owner, Draft draft) {
		if (text.isEmpty()) {
			return quarantine(message, "empty text", null);
		}
		if (BIND.matcher(text).matches()) {
			intake.ignore(message, "binding: already bound to resident " + owner.id());
			return new Answer(InboundStatus.IGNORED,
					"您的微信已绑定" + owner.household().label() + "。如需更换绑定，请联系物业客服中心。");
		}
		Optional<Complaint> followed = followedUp(text, owner);
		if (followed.isPresent()) {
			Complaint complaint = intake.thread(message, followed.get(), text);
			return new Answer(InboundStatus.THREADED, threaded(complaint.getNumber()));
		}
		return registered(intake.register(message, draft.text(null, text), Actor.SYSTEM), false);
	}

	/** The open complaint a text adds to: one of the household's it names, or the owner's only one. */
	private Optional<Complaint> followedUp(String text, ResidentRef owner) {
		List<Complaint> open = openComplaints(owner);
		Set<String> named = NUMBER.matcher(text).results().map(MatchResult::group).collect(Collectors.toSet());
		Optional<Complaint> byNumber = open.stream().filter(c -> named.contains(c.getNumber())).findFirst();
		if (byNumber.isPresent()) {
			return byNumber;
		}
		List<Complaint> own = open.stream().filter(c -> isOwn(c, owner)).toList();
		return FOLLOW_UP.stream().anyMatch(text::startsWith) && own.size() == 1 ? Optional.of(own.get(0))
				: Optional.empty();
	}

	private Answer picture(InboundMessage message, WxMpXmlMessage in, ResidentRef owner, Draft draft, Instant sentAt) {
		Picture picture;
		try {
			picture = pictures.fetch(String.valueOf(in.getPicUrl()));
		}
		catch (RuntimeException ex) {
			return quarantine(message, "picture could not be fetched: " + ex.getMessage(),
					"图片没有收到，请稍后重新发送，或用文字描述您的问题。");
		}
		String name = "微信图片-" + in.getMsgId() + "." + picture.extension();
		Optional<Complaint> recent = openComplaints(owner).stream()
			.filter(c -> isOwn(c, owner) && c.getReceivedAt().isAfter(sentAt.minus(pictureWindow)))
			.findFirst();
		if (recent.isPresent()) {
			complaints.attach(recent.get().getId(), name, picture.bytes(), Actor.SYSTEM);
			Complaint complaint = intake.thread(message, recent.get(), "业主通过微信发来图片：" + name);
			return new Answer(InboundStatus.THREADED, threaded(complaint.getNumber()));
		}
		Registration registration = intake.register(message,
				draft.text("业主发来图片", "业主通过微信发来一张图片，没有文字说明，请查看附件并联系业主了解情况。"), Actor.SYSTEM);
		complaints.attach(registration.complaint().getId(), name, picture.bytes(), Actor.SYSTEM);
		return registered(registration, true);
	}

	private Answer stranger(InboundMessage message, WxMpXmlMessage in) {
		String text = XmlMsgType.TEXT.equals(in.getMsgType()) && in.getContent() != null ? in.getContent().strip() : "";
		Matcher bind = BIND.matcher(text);
		Optional<Step> step = bind.matches() ? Optional.of(bindings.claim(in.getFromUser(), bind.group(1)))
				: CODE.matcher(text).matches() ? bindings.confirm(in.getFromUser(), text) : Optional.empty();
		if (step.isPresent()) {
			intake.ignore(message, step.get().reason());
			return new Answer(InboundStatus.IGNORED, step.get().reply());
		}
		return quarantine(message, "unbound openid", HOW_TO_BIND);
	}

	private Answer event(InboundMessage message, WxMpXmlMessage in, ResidentRef owner) {
		String event = String.valueOf(in.getEvent());
		intake.ignore(message, "event " + event);
		if (!EventType.SUBSCRIBE.equals(event)) {
			return new Answer(InboundStatus.IGNORED, null);
		}
		return new Answer(InboundStatus.IGNORED, "欢迎关注！在这里可以直接向物业反映问题，并收到处理进展。" + (owner == null ? HOW_TO_BIND
				: "您的微信已绑定" + owner.household().label() + "，直接发文字或图片即可。"));
	}

	private Answer quarantine(InboundMessage message, String reason, String reply) {
		intake.quarantine(message, reason);
		return new Answer(InboundStatus.QUARANTINED, reply);
	}

	private static Answer registered(Registration registration, boolean picture) {
		String number = registration.complaint().getNumber();
		if (registration.merged()) {
			return new Answer(InboundStatus.MERGED, merged(number));
		}
		return new Answer(InboundStatus.ACCEPTED, picture
				? "已收到您的图片，登记为投诉" + number + "。客服会尽快查看；请再用文字说明情况，便于更快处理。" : accepted(number));
	}

	private List<Complaint> openComplaints(ResidentRef owner) {
		return complaints.ofHousehold(owner.household().id(), Actor.SYSTEM).stream()
			.filter(c -> c.getStatus().isOpen())
			.toList();
	}

	private static boolean isOwn(Complaint complaint, ResidentRef owner) {
		return Long.valueOf(owner.id()).equals(complaint.getResidentId());
	}

	private static String accepted(String number) {
		return "您的投诉已受理，编号" + number + "。我们已安排专人处理，处理进展会及时通知您。"
				+ "补充情况请回复“补充”加内容，或在消息中写上编号。";
	}

	private static String merged(String number) {
		return "您反映的问题已在处理中（编号" + number + "），这条消息已补充到该投诉，处理人员会看到，无需重复反映。";
	}

	private static String threaded(String number) {
		return "已将您补充的内容加入投诉" + number + "，处理人员会看到。";
	}

	private static String externalId(WxMpXmlMessage in) {
		return in.getMsgId() != null ? String.valueOf(in.getMsgId()) : in.getFromUser() + ":" + in.getCreateTime();
	}

	private static String subject(WxMpXmlMessage in) {
		return switch (String.valueOf(in.getMsgType())) {
			case XmlMsgType.TEXT -> in.getContent();
			case XmlMsgType.EVENT -> "[事件] " + in.getEvent();
			case XmlMsgType.IMAGE -> "[图片]";
			default -> "[" + in.getMsgType() + "]";
		};
	}

	/** What a handling made of the message, and the reply that goes with it. */
	private record Answer(InboundStatus status, String text) {
	}

}
