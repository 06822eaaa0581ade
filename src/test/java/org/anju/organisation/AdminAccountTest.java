package org.anju.organisation;

import java.util.Set;

import org.anju.platform.DemoMode;
import org.anju.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AdminAccountTest {

	final StaffRepository staff = mock(StaffRepository.class);

	final PasswordEncoder encoder = new BCryptPasswordEncoder(4);

	Staff created(boolean demo, String configured) {
		DemoMode mode = mock(DemoMode.class);
		when(mode.enabled()).thenReturn(demo);
		new AdminAccount(staff, encoder, mode, configured).run(null);
		ArgumentCaptor<Staff> saved = ArgumentCaptor.forClass(Staff.class);
		verify(staff).save(saved.capture());
		return saved.getValue();
	}

	@Test
	void configuredPasswordWins() {
		Staff admin = created(false, "s3cret-from-env");
		assertThat(admin.getUsername()).isEqualTo("admin");
		assertThat(admin.getRoles()).isEqualTo(Set.of(Role.ADMIN));
		assertThat(encoder.matches("s3cret-from-env", admin.getPasswordHash())).isTrue();
	}

	@Test
	void demoInstallationGetsTheDocumentedPassword() {
		assertThat(encoder.matches(AdminAccount.DEMO_PASSWORD, created(true, "").getPasswordHash())).isTrue();
	}

	@Test
	void productionWithoutAPasswordGetsARandomOne() {
		Staff admin = created(false, "");
		assertThat(encoder.matches(AdminAccount.DEMO_PASSWORD, admin.getPasswordHash())).isFalse();
		assertThat(encoder.matches("", admin.getPasswordHash())).isFalse();
	}

	@Test
	void anExistingAdminIsLeftAlone() {
		when(staff.existsByUsername("admin")).thenReturn(true);
		new AdminAccount(staff, encoder, mock(DemoMode.class), "x").run(null);
		verify(staff, never()).save(org.mockito.ArgumentMatchers.any());
	}

}
