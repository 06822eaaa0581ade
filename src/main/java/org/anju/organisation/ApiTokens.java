package org.anju.organisation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.anju.platform.security.Actor;
import org.anju.platform.security.Hashes;
import org.anju.platform.security.StaffTokens;
import org.anju.platform.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for integrations. A staff member creates one for their own account — signed in with
 * their password, never with another token — and sees it once; only its hash is kept. An
 * integration sends it as {@code Authorization: Bearer anju_…} and acts as that account, with its
 * roles and projects as they are. Checking a token costs one hash instead of a BCrypt round, and a
 * checked token is remembered for {@code anju.security.api-token-cache} (30 s): a token revoked or
 * an account deactivated on another node stops working within that time, on this node at once.
 */
@Service
@Transactional
class ApiTokens implements StaffTokens {

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final StaffRepository staff;

	private final Clock clock;

	private final Duration cacheFor;

	private final Map<String, Checked> checked = new ConcurrentHashMap<>();

	ApiTokens(ApiTokenRepository tokens, StaffRepository staff, Clock clock,
			@Value("${anju.security.api-token-cache:PT30S}") Duration cacheFor) {
		this.tokens = tokens;
		this.staff = staff;
		this.clock = clock;
		this.cacheFor = cacheFor;
	}

	/** A new token for the actor's own account, valid for the given number of days. */
	Issued issue(Actor actor, String name, int days) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		ApiToken saved = tokens.save(new ApiToken(actor.staffId(), name.strip(), token, now, now.plus(Duration.ofDays(days))));
		return new Issued(saved, token);
	}

	@Transactional(readOnly = true)
	List<ApiToken> of(Actor actor) {
		return tokens.findByStaffIdOrderByIdDesc(actor.staffId());
	}

	/** Revokes one of the actor's tokens; an administrator may revoke anyone's. */
	ApiToken revoke(long id, Actor actor) {
		ApiToken token = tokens.findById(id).filter(t -> t.getStaffId() == actor.staffId() || actor.isAdmin())
			.orElseThrow(() -> new NotFoundException("API token", id));
		token.revoke(clock.instant());
		checked.remove(token.getTokenHash());
		return token;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Actor> actor(String token) {
		String hash = Hashes.sha256(token);
		Instant now = clock.instant();
		Checked known = checked.get(hash);
		if (known != null && now.isBefore(known.until())) {
			return Optional.of(known.actor());
		}
		Optional<Actor> actor = tokens.findByTokenHash(hash).filter(t -> t.isValid(now))
			.flatMap(t -> staff.findById(t.getStaffId()).filter(Staff::isActive).map(Staff::actor));
		actor.ifPresentOrElse(a -> checked.put(hash, new Checked(a, now.plus(cacheFor))), () -> checked.remove(hash));
		return actor;
	}

	private record Checked(Actor actor, Instant until) {
	}

	/** A token as issued: its record and, this once, the token itself. */
	record Issued(ApiToken record, String token) {
	}

}
