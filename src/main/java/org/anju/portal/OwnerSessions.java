package org.anju.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.anju.directory.DirectorySetup;
import org.anju.platform.security.Owner;
import org.springframework.stereotype.Component;

/**
 * Starts an owner's page session — and, when they came from WeChat with an openid bound to nobody,
 * binds that openid to them now that the code proved who they are, so that WeChat signs them in
 * next time.
 */
@Component
class OwnerSessions {

	static final String PENDING_OPENID = "anju.portal.pendingOpenId";

	private final DirectorySetup setup;

	OwnerSessions(DirectorySetup setup) {
		this.setup = setup;
	}

	void start(Owner owner, HttpServletRequest request, HttpServletResponse response) {
		HttpSession before = request.getSession(false);
		String openId = before == null ? null : (String) before.getAttribute(PENDING_OPENID);
		PortalSecurity.signIn(owner, request, response);
		if (openId != null) {
			request.getSession().removeAttribute(PENDING_OPENID);
			setup.bindWechat(owner.residentId(), openId);
		}
	}

}
