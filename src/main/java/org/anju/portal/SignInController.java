package org.anju.portal;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.anju.platform.security.CurrentOwner;
import org.anju.platform.security.Owner;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in for the owners' app and mini-program: ask for a code, trade it for a bearer token, send
 * {@code Authorization: Bearer <token>} on every owners' call, and sign out to revoke it.
 */
@RestController
@RequestMapping("/api/v1/owner")
class SignInController {

	private final SignIn signIn;

	SignInController(SignIn signIn) {
		this.signIn = signIn;
	}

	/** 202 whether or not the mobile is registered: a code is sent only to a registered one. */
	@PostMapping("/login/code")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void code(@Valid @RequestBody CodeRequest request) {
		signIn.requestCode(request.mobile());
	}

	/** A token for the owner, or 409 listing the households when the mobile has several. */
	@PostMapping("/login")
	TokenView login(@Valid @RequestBody LoginRequest request) {
		Owner owner = signIn.verify(request.mobile(), request.code(), request.householdId());
		SignIn.Token token = signIn.issueToken(owner);
		return new TokenView(token.token(), token.expiresAt(), owner);
	}

	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logout(@RequestHeader("Authorization") String authorization) {
		CurrentOwner.get();
		signIn.revoke(authorization.substring("Bearer ".length()).strip());
	}

	record CodeRequest(@NotBlank @Size(max = 20) String mobile) {
	}

	record LoginRequest(@NotBlank @Size(max = 20) String mobile, @NotBlank @Size(max = 10) String code,
			Long householdId) {
	}

	record TokenView(String token, Instant expiresAt, Owner owner) {
	}

}
