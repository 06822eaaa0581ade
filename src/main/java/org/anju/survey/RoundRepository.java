package org.anju.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundRepository extends JpaRepository<Round, Long> {

	boolean existsByProjectIdAndQuarter(long projectId, String quarter);

	List<Round> findByProjectIdOrderByQuarterIndexDesc(long projectId);

	/** The latest round before a quarter, for the change from the previous quarter. */
	Optional<Round> findFirstByProjectIdAndQuarterIndexLessThanOrderByQuarterIndexDesc(long projectId, int quarterIndex);

	/** The latest round up to a quarter (the current one included), for the public summary. */
	Optional<Round> findFirstByProjectIdAndQuarterIndexLessThanEqualOrderByQuarterIndexDesc(long projectId,
			int quarterIndex);

}
