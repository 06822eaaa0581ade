package org.anju.organisation;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import org.anju.platform.DemoMode;
import org.anju.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the {@code admin} account on the first start. Its password is {@code ANJU_ADMIN_PASSWORD}
 * when set; otherwise the documented demo password on a demo installation, or a random one that
 * is logged exactly once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminAccount implements ApplicationRunner {

	static final String USERNAME = "admin";

	static final String DEMO_PASSWORD = "anju-admin";

	private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

	private final StaffRepository staff;

	private final PasswordEncoder encoder;

	private final DemoMode demo;

	private final String configuredPassword;

	AdminAccount(StaffRepository staff, PasswordEncoder encoder, DemoMode demo,
			@Value("${anju.admin-password:}") String configuredPassword) {
		this.staff = staff;
		this.encoder = encoder;
		this.demo = demo;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (staff.existsByUsername(USERNAME)) {
			return;
		}
		String password = configuredPassword;
		if (password.isBlank()) {
			password = demo.enabled() ? DEMO_PASSWORD : randomPassword();
			if (!demo.enabled()) {
				log.warn("Created account '{}' with password '{}'. Change it now; it is not shown again.", USERNAME,
						password);
			}
		}
		Staff admin = new Staff(USERNAME, encoder.encode(password));
		admin.update("系统管理员", null, null, null, true);
		admin.assign(EnumSet.of(Role.ADMIN), Set.of(), Set.of());
		staff.save(admin);
	}

	private static String randomPassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
