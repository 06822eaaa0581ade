package org.anju.board;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureRepository extends JpaRepository<Measure, Long> {

	Optional<Measure> findByComplaintId(long complaintId);

	List<Measure> findByComplaintIdIn(Collection<Long> complaintIds);

	List<Measure> findByProjectIdAndTopicOrderByPublishedAtDesc(long projectId, String topic, Limit limit);

}
