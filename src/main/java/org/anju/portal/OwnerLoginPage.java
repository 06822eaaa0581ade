package org.anju.portal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anju.platform.security.Owner;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.TooManyRequestsException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The owners' sign-in page: the mobile asks for a code ("sent" whatever the mobile, as
 * {@link SignIn} answers), the code signs in — after choosing a household when the mobile has
 * several. Errors are shown next to their field in the owner's language. Signing in with a code
 * also binds the WeChat openid of an owner who came from WeChat unrecognised.
 */
@Controller
@RequestMapping("/owner/login")
class OwnerLoginPage {

	private static final Pattern TRIES_LEFT = Pattern.compile("(\\d+) tries left");

	private final SignIn signIn;

	private final OwnerSessions sessions;

	private final WechatSignIn wechat;

	private final PortalTexts texts;

	OwnerLoginPage(SignIn signIn, OwnerSessions sessions, WechatSignIn wechat, PortalTexts texts) {
		this.signIn = signIn;
		this.sessions = sessions;
		this.wechat = wechat;
		this.texts = texts;
	}

	/** WeChat's sign-in is offered when the official account is configured. */
	@ModelAttribute("wechat")
	boolean wechat() {
		return wechat.enabled();
	}

	@GetMapping
	String form() {
		return "portal/login";
	}

	@PostMapping("/code")
	String code(@RequestParam(defaultValue = "") String mobile, Model model) {
		model.addAttribute("mobile", mobile);
		try {
			signIn.requestCode(mobile);
			model.addAttribute("sent", true);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", Map.of("mobile", texts.text("portal.login.error.mobile")));
		}
		catch (TooManyRequestsException ex) {
			model.addAttribute("sent", ex.getMessage().contains("less than a minute"));
			model.addAttribute("errors", Map.of("mobile", tooMany(ex)));
		}
		return "portal/login";
	}

	@PostMapping
	String verify(@RequestParam(defaultValue = "") String mobile, @RequestParam(defaultValue = "") String code,
			@RequestParam(required = false) Long householdId, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAttribute("mobile", mobile);
		model.addAttribute("sent", true);
		try {
			Owner owner = signIn.verify(mobile, code, householdId);
			sessions.start(owner, request, response); // binds a WeChat openid waiting in the session
			return "redirect:/owner";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", Map.of(field(ex), codeError(ex)));
		}
		catch (ConflictException ex) {
			model.addAttribute("code", code);
			model.addAttribute("households", ex.properties().getOrDefault("households", List.of()));
		}
		catch (TooManyRequestsException ex) {
			model.addAttribute("errors", Map.of("code", tooMany(ex)));
		}
		return "portal/login";
	}

	private static String field(InvalidInputException ex) {
		return ex.errors().stream().filter(FieldError.class::isInstance).map(e -> ((FieldError) e).field())
			.map(f -> "mobile".equals(f) ? "mobile" : "code").findFirst().orElse("code");
	}

	private String codeError(InvalidInputException ex) {
		if ("mobile".equals(field(ex))) {
			return texts.text("portal.login.error.mobile");
		}
		String detail = ex.errors().stream().filter(FieldError.class::isInstance)
			.map(e -> ((FieldError) e).message()).findFirst().orElse("");
		Matcher left = TRIES_LEFT.matcher(detail);
		if (left.find()) {
			int tries = Integer.parseInt(left.group(1));
			return tries > 0 ? texts.text("portal.login.error.wrong", tries) : texts.text("portal.login.error.void");
		}
		if (detail.contains("household")) {
			return texts.text("portal.login.error.household");
		}
		return texts.text("portal.login.error.expired");
	}

	private String tooMany(TooManyRequestsException ex) {
		long seconds = Math.max(1, ex.retryAfter().toSeconds());
		if (ex.getMessage().startsWith("Too many wrong codes")) {
			return texts.text("portal.login.error.locked", Math.max(1, ex.retryAfter().toMinutes()));
		}
		return texts.text("portal.login.error.wait", seconds);
	}

}
