package org.anju.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** What the XSS tests share: the payload, the check that a page holds it only as text, a staff session. */
final class InertPages {

	private InertPages() {
	}

	/** Markup that would run if a page wrote it unescaped; the marker tells the fields apart. */
	static String payload(String marker) {
		return "<img src=x onerror=alert('" + marker + "')>\"'<script>";
	}

	/**
	 * The page must not hold any payload as markup; it must hold the escaped text of the fields it
	 * is expected to show (so a page that drops the text cannot pass by accident).
	 */
	static void check(MockMvc mvc, List<String> problems, String path, MockHttpSession session, String... shown)
			throws Exception {
		var request = MockMvcRequestBuilders.get(path);
		if (session != null) {
			request.session(session);
		}
		MvcResult result = mvc.perform(request).andReturn();
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		if (result.getResponse().getStatus() != 200) {
			problems.add(path + " -> " + result.getResponse().getStatus());
			return;
		}
		Matcher live = Pattern.compile("<img src=x onerror|'<script>").matcher(html);
		if (live.find()) {
			problems.add(path + " holds live markup: "
					+ html.substring(Math.max(0, live.start() - 80), Math.min(html.length(), live.end() + 40)));
		}
		for (String marker : shown) {
			if (!html.contains("&lt;img src=x onerror=alert(&#39;" + marker + "&#39;)&gt;")) {
				problems.add(path + " does not show the escaped " + marker);
			}
		}
	}

	static MockHttpSession staffSession(MockMvc mvc, String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin().user(username).password(password)).andReturn().getRequest()
			.getSession();
	}

}
