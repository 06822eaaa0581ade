package org.anju.portal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import me.chanjar.weixin.common.error.WxErrorException;

import org.anju.platform.security.Owner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The round trip through WeChat's web authorisation: out with a random state, back with a code. */
@Controller
class WechatSignInController {

	private static final Logger log = LoggerFactory.getLogger(WechatSignInController.class);

	private static final String STATE = "anju.portal.wechatState";

	private final SecureRandom random = new SecureRandom();

	private final WechatSignIn wechat;

	private final OwnerSessions sessions;

	WechatSignInController(WechatSignIn wechat, OwnerSessions sessions) {
		this.wechat = wechat;
		this.sessions = sessions;
	}

	@GetMapping("/owner/login/wechat")
	String start(HttpSession session) {
		requireEnabled();
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		String state = HexFormat.of().formatHex(bytes);
		session.setAttribute(STATE, state);
		return "redirect:" + wechat.authorizationUrl(state);
	}

	/**
	 * Signs in the owner bound to the openid; an unbound openid waits in the session for the
	 * mobile-and-code sign-in, which binds it.
	 */
	@GetMapping(WechatSignIn.CALLBACK)
	String callback(@RequestParam(required = false) String code, @RequestParam(required = false) String state,
			HttpServletRequest request, HttpServletResponse response) {
		requireEnabled();
		HttpSession session = request.getSession(false);
		Object expected = session == null ? null : session.getAttribute(STATE);
		if (code == null || state == null || !state.equals(expected)) {
			return "redirect:/owner/login?wechat=failed";
		}
		session.removeAttribute(STATE);
		String openId;
		try {
			openId = wechat.openId(code);
		}
		catch (WxErrorException ex) {
			log.warn("WeChat web authorisation failed: {}", ex.getError());
			return "redirect:/owner/login?wechat=failed";
		}
		Optional<Owner> owner = wechat.owner(openId);
		if (owner.isPresent()) {
			sessions.start(owner.get(), request, response);
			return "redirect:/owner";
		}
		session.setAttribute(OwnerSessions.PENDING_OPENID, openId);
		return "redirect:/owner/login?wechat=bind";
	}

	private void requireEnabled() {
		if (!wechat.enabled()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "WeChat sign-in is not configured");
		}
	}

}
