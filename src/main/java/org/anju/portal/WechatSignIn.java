package org.anju.portal;

import java.util.List;
import java.util.Optional;

import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;

import org.anju.directory.Directory;
import org.anju.directory.ResidentRef;
import org.anju.platform.security.Owner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signing in from WeChat's browser with the official account's web authorisation (snsapi_base:
 * silent, yields only the openid). The openid signs in the resident bound to it; an openid bound
 * to nobody is bound after the owner signs in once with mobile and code. Off while the official
 * account is not configured ({@code anju.notification.wechat.app-id} empty).
 */
@Component
class WechatSignIn {

	static final String CALLBACK = "/owner/login/wechat/callback";

	private final WxMpService wechat;

	private final String publicUrl;

	private final Directory directory;

	WechatSignIn(@Value("${anju.notification.wechat.app-id:}") String appId,
			@Value("${anju.notification.wechat.secret:}") String secret,
			@Value("${anju.notification.wechat.base-url:" + WxMpHostConfig.API_DEFAULT_HOST_URL + "}") String apiUrl,
			@Value("${anju.portal.wechat-authorize-url:" + WxMpHostConfig.OPEN_DEFAULT_HOST_URL + "}") String openUrl,
			@Value("${anju.portal.public-url:http://localhost:8080}") String publicUrl, Directory directory) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.directory = directory;
		if (appId.isBlank()) {
			this.wechat = null;
			return;
		}
		WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
		config.setAppId(appId);
		config.setSecret(secret);
		config.setHostConfig(WxMpHostConfig.builder().apiHost(apiUrl).openHost(openUrl).build());
		WxMpServiceImpl service = new WxMpServiceImpl();
		service.setWxMpConfigStorage(config);
		this.wechat = service;
	}

	boolean enabled() {
		return wechat != null;
	}

	/** Where to send the browser: WeChat asks nothing and comes back to the callback with a code. */
	String authorizationUrl(String state) {
		return wechat.getOAuth2Service().buildAuthorizationUrl(publicUrl + CALLBACK, WxConsts.OAuth2Scope.SNSAPI_BASE,
				state);
	}

	/** The openid behind the code WeChat handed back. */
	String openId(String code) throws WxErrorException {
		return wechat.getOAuth2Service().getAccessToken(code).getOpenId();
	}

	/** The owner bound to the openid, if exactly one active resident is. */
	Optional<Owner> owner(String openId) {
		List<ResidentRef> residents = directory.residentsByWechatOpenId(openId).stream().filter(ResidentRef::active)
			.toList();
		if (residents.size() != 1) {
			return Optional.empty();
		}
		ResidentRef r = residents.get(0);
		return Optional.of(new Owner(r.id(), r.household().id(), r.household().projectId(), r.name()));
	}

}
