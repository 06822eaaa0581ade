package org.anju.notification;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Template messages of a WeChat official account (WxJava, configured with
 * {@code anju.notification.wechat.*}) to the resident's openid: {@code first} is the subject,
 * {@code keyword1} the complaint number, {@code remark} the body, and the idempotency key is the
 * {@code client_msg_id}, so WeChat drops a repeat. WxJava's own retries are off; the outbox retries.
 * Without an app id — the embedded default — messages are written to the log.
 */
@Component
class WechatChannel implements Channel {

	private static final Logger log = LoggerFactory.getLogger(WechatChannel.class);

	private static final Pattern NUMBER = Pattern.compile("TS\\d{8}-\\d{4}");

	/** Null without an app id. */
	private final WxMpService wechat;

	private final String templateId;

	private final String link;

	WechatChannel(@Value("${anju.notification.wechat.app-id:}") String appId,
			@Value("${anju.notification.wechat.secret:}") String secret,
			@Value("${anju.notification.wechat.token:}") String token,
			@Value("${anju.notification.wechat.aes-key:}") String aesKey,
			@Value("${anju.notification.wechat.template-id:}") String templateId,
			@Value("${anju.notification.wechat.link:}") String link,
			@Value("${anju.notification.wechat.base-url:" + WxMpHostConfig.API_DEFAULT_HOST_URL + "}") String baseUrl) {
		this.templateId = templateId;
		this.link = link.isBlank() ? null : link;
		if (appId.isBlank()) {
			this.wechat = null;
			return;
		}
		WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
		config.setAppId(appId);
		config.setSecret(secret);
		config.setToken(token);
		config.setAesKey(aesKey);
		config.setHostConfig(WxMpHostConfig.builder().apiHost(baseUrl).build());
		WxMpServiceImpl service = new WxMpServiceImpl();
		service.setWxMpConfigStorage(config);
		service.setMaxRetryTimes(0);
		this.wechat = service;
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.WECHAT;
	}

	@Override
	public void send(Message message) throws DeliveryException {
		if (wechat == null) {
			log.info("WeChat to {}: {} — {}", message.getAddress(), message.getSubject(), message.getBody());
			return;
		}
		Matcher number = NUMBER.matcher(message.getSubject());
		WxMpTemplateMessage template = WxMpTemplateMessage.builder()
			.toUser(message.getAddress())
			.templateId(templateId)
			.url(link)
			.clientMsgId(message.getIdempotencyKey())
			.build()
			.addData(new WxMpTemplateData("first", message.getSubject()))
			.addData(new WxMpTemplateData("keyword1", number.find() ? number.group() : message.getSubject()))
			.addData(new WxMpTemplateData("remark", message.getBody()));
		try {
			wechat.getTemplateMsgService().sendTemplateMsg(template);
		}
		catch (WxErrorException ex) {
			if (ex.getCause() instanceof IOException) {
				throw new DeliveryException("WeChat unreachable: " + ex.getCause().getMessage(), ex);
			}
			WxError error = ex.getError();
			throw new DeliveryException("WeChat " + error.getErrorCode() + " "
					+ (error.getErrorMsgEn() != null ? error.getErrorMsgEn() : error.getErrorMsg()), ex);
		}
		catch (WxRuntimeException ex) {
			throw new DeliveryException("WeChat unreachable: " + ex.getMessage(), ex);
		}
	}

}
