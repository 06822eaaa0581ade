package org.anju.organisation;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.SignedInStaff;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A staff member's own API tokens: create (the token is shown this once), list, revoke. */
@RestController
@RequestMapping("/api/v1/staff/me/tokens")
class ApiTokenController {

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping
	ResponseEntity<TokenView> create(@Valid @RequestBody Create request) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof SignedInStaff) {
			throw new AccessDeniedException("API tokens are created by a staff member signed in with a password");
		}
		ApiTokens.Issued issued = tokens.issue(CurrentActor.get(), request.name(), request.days() == null ? 365 : request.days());
		return ResponseEntity.created(URI.create("/api/v1/staff/me/tokens/" + issued.record().getId()))
			.body(TokenView.of(issued.record(), issued.token()));
	}

	@GetMapping
	List<TokenView> list() {
		return tokens.of(CurrentActor.get()).stream().map(t -> TokenView.of(t, null)).toList();
	}

	@DeleteMapping("/{id}")
	TokenView revoke(@PathVariable long id) {
		return TokenView.of(tokens.revoke(id, CurrentActor.get()), null);
	}

	record Create(@NotBlank @Size(max = 100) String name, @Min(1) @Max(730) Integer days) {
	}

	/** A token's record; {@code token} only in the answer that created it. */
	record TokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt, String token) {

		static TokenView of(ApiToken t, String token) {
			return new TokenView(t.getId(), t.getName(), t.getCreatedAt(), t.getExpiresAt(), t.getRevokedAt(), token);
		}

	}

}
