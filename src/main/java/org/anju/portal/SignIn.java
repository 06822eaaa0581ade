package org.anju.portal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.anju.directory.Directory;
import org.anju.directory.ResidentRef;
import org.anju.notification.DirectMessages;
import org.anju.platform.security.Hashes;
import org.anju.platform.security.Owner;
import org.anju.platform.security.OwnerTokens;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.TooManyRequestsException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners sign in with the mobile the property company registered for them and a six-digit code
 * sent to it by SMS. A code lives five minutes and is used once; a new one is sent at most once a
 * minute and five times an hour; five wrong tries void a code, and ten wrong tries within half an
 * hour lock the mobile for half an hour — a six-digit code cannot be guessed at that pace. An
 * unknown mobile is answered like a known one (no code is sent), so that the form does not tell
 * strangers who lives here. A mobile registered for several households chooses one.
 */
@Service
@Transactional(noRollbackFor = { InvalidInputException.class, TooManyRequestsException.class })
class SignIn implements OwnerTokens {

	static final Duration VALIDITY = Duration.ofMinutes(5);

	static final Duration RESEND_AFTER = Duration.ofMinutes(1);

	static final int CODES_PER_HOUR = 5;

	static final int WRONG_TRIES_BEFORE_LOCK = 10;

	static final Duration LOCK = Duration.ofMinutes(30);

	private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

	private final SecureRandom random = new SecureRandom();

	private final LoginCodeRepository codes;

	private final OwnerTokenRepository tokens;

	private final Directory directory;

	private final DirectMessages sms;

	private final Clock clock;

	private final Duration tokenValidity;

	SignIn(LoginCodeRepository codes, OwnerTokenRepository tokens, Directory directory, DirectMessages sms,
			Clock clock, @Value("${anju.portal.token-validity:P30D}") Duration tokenValidity) {
		this.codes = codes;
		this.tokens = tokens;
		this.directory = directory;
		this.sms = sms;
		this.clock = clock;
		this.tokenValidity = tokenValidity;
	}

	/** Sends a code to the mobile if an active resident has it (and says nothing either way). */
	void requestCode(String mobile) {
		String m = mobile(mobile);
		Instant now = clock.instant();
		refuseWhileLocked(m, now);
		List<LoginCode> lastHour = codes.sentSince(m, now.minus(Duration.ofHours(1)));
		if (!lastHour.isEmpty() && lastHour.get(0).getCreatedAt().plus(RESEND_AFTER).isAfter(now)) {
			throw new TooManyRequestsException("A code was sent less than a minute ago",
					Duration.between(now, lastHour.get(0).getCreatedAt().plus(RESEND_AFTER)));
		}
		if (lastHour.size() >= CODES_PER_HOUR) {
			throw new TooManyRequestsException("At most " + CODES_PER_HOUR + " codes an hour", Duration
				.between(now, lastHour.get(lastHour.size() - 1).getCreatedAt().plus(Duration.ofHours(1))));
		}
		String code = String.format("%06d", random.nextInt(1_000_000));
		codes.save(new LoginCode(m, code, now, VALIDITY));
		if (!residents(m).isEmpty()) {
			sms.sms("portal-login:" + m + ":" + now.toEpochMilli(), m, "登录验证码", "您的登录验证码为 " + code + "，"
					+ VALIDITY.toMinutes() + "分钟内有效。物业工作人员不会向您索要验证码，请勿告诉他人。");
		}
	}

	/**
	 * The owner the code proves, for the household chosen if the mobile has several (a 409 that
	 * lists them while none is chosen leaves the code usable).
	 */
	Owner verify(String mobile, String code, Long householdId) {
		String m = mobile(mobile);
		Instant now = clock.instant();
		refuseWhileLocked(m, now);
		LoginCode latest = codes.sentSince(m, now.minus(VALIDITY)).stream().findFirst()
			.filter(c -> c.isLive(now))
			.orElseThrow(() -> new InvalidInputException("code", "no valid code: ask for a new one"));
		if (code == null || !latest.matches(code.strip())) {
			codes.save(latest);
			throw new InvalidInputException("code", "wrong code; " + latest.attemptsLeft() + " tries left");
		}
		Map<Long, Owner> households = new LinkedHashMap<>();
		residents(m).forEach(r -> households.putIfAbsent(r.household().id(),
				new Owner(r.id(), r.household().id(), r.household().projectId(), r.name())));
		if (households.isEmpty()) {
			throw new InvalidInputException("code", "no valid code: ask for a new one");
		}
		Owner owner;
		if (householdId != null) {
			owner = Optional.ofNullable(households.get(householdId))
				.orElseThrow(() -> new InvalidInputException("householdId", "not a household of this mobile"));
		}
		else if (households.size() == 1) {
			owner = households.values().iterator().next();
		}
		else {
			throw new ConflictException("This mobile belongs to several households: choose one",
					Map.of("households", households.values().stream().map(this::choice).toList()));
		}
		latest.use(now);
		return owner;
	}

	/** A bearer token for the app or mini-program; only its hash is kept. */
	Token issueToken(Owner owner) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		tokens.save(new OwnerToken(token, owner, now, now.plus(tokenValidity)));
		return new Token(token, now.plus(tokenValidity));
	}

	void revoke(String token) {
		tokens.findByTokenHash(Hashes.sha256(token)).ifPresent(t -> t.revoke(clock.instant()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Owner> owner(String token) {
		return tokens.findByTokenHash(Hashes.sha256(token)).filter(t -> t.isValid(clock.instant()))
			.map(OwnerToken::owner);
	}

	private void refuseWhileLocked(String mobile, Instant now) {
		if (codes.wrongTriesSince(mobile, now.minus(LOCK)) >= WRONG_TRIES_BEFORE_LOCK) {
			throw new TooManyRequestsException("Too many wrong codes: this mobile is locked for a while", LOCK);
		}
	}

	private List<ResidentRef> residents(String mobile) {
		return directory.residentsByMobile(mobile).stream().filter(ResidentRef::active).toList();
	}

	private Map<String, Object> choice(Owner owner) {
		return Map.of("householdId", owner.householdId(),
				"label", directory.household(owner.householdId()).map(h -> h.label()).orElse(""));
	}

	private static String mobile(String mobile) {
		String m = mobile == null ? "" : mobile.strip().replace(" ", "").replace("-", "");
		if (m.startsWith("+86")) {
			m = m.substring(3);
		}
		if (!MOBILE.matcher(m).matches()) {
			throw new InvalidInputException("mobile", "must be an 11-digit mainland mobile number");
		}
		return m;
	}

	/** A bearer token and when it expires. */
	record Token(String token, Instant expiresAt) {
	}

}
