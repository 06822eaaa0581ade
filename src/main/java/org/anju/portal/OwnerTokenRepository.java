package org.anju.portal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OwnerTokenRepository extends JpaRepository<OwnerToken, Long> {

	Optional<OwnerToken> findByTokenHash(String tokenHash);

}
