package org.anju.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * WeChat mini-program subscribe messages (WxJava {@code weixin-java-miniapp}) to the resident's
 * mini-program openid: {@code thing1} the subject, {@code character_string2} the complaint number,
 * {@code thing3} the text (subscribe-message "thing" values hold at most 20 characters). Without an
 * app id — the embedded default — messages are written to the log.
 */
@Component
class MiniappChannel implements Channel {

	private static final Logger log = LoggerFactory.getLogger(MiniappChannel.class);

	private static final Pattern NUMBER = Pattern.compile("TS\\d{8}-\\d{4}");

	/** Null without an app id. */
	private final WxMaService miniapp;

	private final String templateId;

	private final String page;

	MiniappChannel(@Value("${anju.notification.miniapp.app-id:}") String appId,
			@Value("${anju.notification.miniapp.secret:}") String secret,
			@Value("${anju.notification.miniapp.template-id:}") String templateId,
			@Value("${anju.notification.miniapp.page:}") String page,
			@Value("${anju.notification.miniapp.base-url:https://api.weixin.qq.com}") String baseUrl) {
		this.templateId = templateId;
		this.page = page.isBlank() ? null : page;
		if (appId.isBlank()) {
			this.miniapp = null;
			return;
		}
		WxMaDefaultConfigImpl config = new WxMaDefaultConfigImpl();
		config.setAppid(appId);
		config.setSecret(secret);
		config.setApiHostUrl(baseUrl);
		WxMaServiceImpl service = new WxMaServiceImpl();
		service.setWxMaConfig(config);
		service.setMaxRetryTimes(0);
		this.miniapp = service;
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.MINIAPP;
	}

	@Override
	public void send(Message message) throws DeliveryException {
		if (miniapp == null) {
			log.info("Mini-program to {}: {} — {}", message.getAddress(), message.getSubject(), message.getBody());
			return;
		}
		Matcher number = NUMBER.matcher(message.getSubject());
		WxMaSubscribeMessage subscribe = WxMaSubscribeMessage.builder()
			.toUser(message.getAddress())
			.templateId(templateId)
			.page(page)
			.build()
			.addData(new WxMaSubscribeMessage.MsgData("thing1", shorten(message.getSubject())))
			.addData(new WxMaSubscribeMessage.MsgData("character_string2", number.find() ? number.group() : "-"))
			.addData(new WxMaSubscribeMessage.MsgData("thing3", shorten(message.getBody())));
		try {
			miniapp.getMsgService().sendSubscribeMsg(subscribe);
		}
		catch (WxErrorException ex) {
			WxError error = ex.getError();
			throw new DeliveryException("Mini-program " + error.getErrorCode() + " "
					+ (error.getErrorMsgEn() != null ? error.getErrorMsgEn() : error.getErrorMsg()), ex);
		}
		catch (WxRuntimeException ex) {
			throw new DeliveryException("Mini-program unreachable: " + ex.getMessage(), ex);
		}
	}

	private static String shorten(String text) {
		return text.length() <= 20 ? text : text.substring(0, 19) + "…";
	}

}
