package org.anju.feedback;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

	List<Review> findByComplaintIdOrderById(long complaintId);

	@Query("select r from Review r where r.complaintId = ?1 and r.state <> 'DONE'")
	Optional<Review> openFor(long complaintId);

	/** Complaint ids of the open reviews, the oldest first, in the projects ({@code all} = every project). */
	@Query("select r.complaintId from Review r where r.state <> 'DONE' and (?1 = true or r.projectId in ?2) order by r.openedAt")
	List<Long> openComplaintIds(boolean all, Collection<Long> projects, Pageable page);

	@Query("select count(r) from Review r where r.state <> 'DONE' and (?1 = true or r.projectId in ?2)")
	long countOpen(boolean all, Collection<Long> projects);

}
