package org.anju.complaint;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ComplaintRepository extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

	@Query("select t from TimelineEntry t where t.complaint.id = ?1 order by t.id")
	List<TimelineEntry> timelineOf(long complaintId);

	@Query("select a from Attachment a where a.complaint.id = ?1 and a.id = ?2")
	java.util.Optional<Attachment> attachment(long complaintId, long attachmentId);

}
