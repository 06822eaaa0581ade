package org.anju.organisation;

import java.util.Collection;
import java.util.List;

import org.anju.platform.security.Actor;
import org.anju.platform.security.ActorPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts as Spring Security sees them; the principal carries the {@link Actor}. */
@Service
class StaffAccounts implements UserDetailsService {

	private final StaffRepository staff;

	StaffAccounts(StaffRepository staff) {
		this.staff = staff;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return staff.findByUsername(username).map(StaffUser::new)
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	static final class StaffUser implements UserDetails, ActorPrincipal {

		private final Actor actor;

		private final String passwordHash;

		private final boolean active;

		StaffUser(Staff s) {
			this.actor = s.actor();
			this.passwordHash = s.getPasswordHash();
			this.active = s.isActive();
		}

		@Override
		public Actor actor() {
			return actor;
		}

		@Override
		public Collection<? extends GrantedAuthority> getAuthorities() {
			List<SimpleGrantedAuthority> authorities = actor.roles().stream()
				.map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
			return authorities;
		}

		@Override
		public String getPassword() {
			return passwordHash;
		}

		@Override
		public String getUsername() {
			return actor.username();
		}

		@Override
		public boolean isEnabled() {
			return active;
		}

	}

}
