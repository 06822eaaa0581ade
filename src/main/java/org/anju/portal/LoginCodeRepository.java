package org.anju.portal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LoginCodeRepository extends JpaRepository<LoginCode, Long> {

	/** The codes sent to a mobile since a time, the newest first. */
	@Query("select c from LoginCode c where c.mobile = ?1 and c.createdAt > ?2 order by c.createdAt desc, c.id desc")
	List<LoginCode> sentSince(String mobile, Instant since);

	@Query("select coalesce(sum(c.attempts), 0) from LoginCode c where c.mobile = ?1 and c.createdAt > ?2")
	long wrongTriesSince(String mobile, Instant since);

}
