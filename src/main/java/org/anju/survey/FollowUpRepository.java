package org.anju.survey;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

	List<FollowUp> findByProjectIdOrderById(long projectId);

	List<FollowUp> findByProjectIdAndCompletedAtIsNullOrderById(long projectId);

}
