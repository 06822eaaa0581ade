package org.anju.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; Spring Security takes the form it posts. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "console/login";
	}

}
