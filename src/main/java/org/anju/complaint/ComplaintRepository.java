package org.anju.complaint;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ComplaintRepository
		extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint>, ComplaintIds {

	@Query("select t from TimelineEntry t where t.complaint.id = ?1 order by t.id")
	List<TimelineEntry> timelineOf(long complaintId);

	@Query("select a from Attachment a where a.complaint.id = ?1 and a.id = ?2")
	Optional<Attachment> attachment(long complaintId, long attachmentId);

	@Query("select c from Complaint c where c.householdId = ?1 and c.topic = ?2 and c.id <> ?3 order by c.receivedAt desc")
	List<Complaint> sameHouseholdAndTopic(long householdId, String topic, long exceptId);

	@Query("select c from Complaint c where c.complainantPhone = ?1 and c.topic = ?2 and c.id <> ?3 order by c.receivedAt desc")
	List<Complaint> samePhoneAndTopic(String phone, String topic, long exceptId);

	/** Rows of (status, count) of the complaints in the statuses, for the queue-size gauges. */
	@Query("select c.status, count(c) from Complaint c where c.status in ?1 group by c.status")
	List<Object[]> countByStatus(Collection<ComplaintStatus> statuses);

	/** Rows of (id, version) after an id, in id order. */
	@Query("select c.id, c.version from Complaint c where c.id > ?1 order by c.id")
	List<Object[]> versionsAfter(long afterId, Limit limit);

	Optional<Complaint> findByNumber(String number);

	List<Complaint> findByHouseholdIdOrderByReceivedAtDesc(long householdId);

	List<Complaint> findByComplainantPhoneOrderByReceivedAtDesc(String phone);

	/** Open complaints of one person (by resident, phone or e-mail) about one topic received since a time. */
	@Query("""
			select c from Complaint c where c.projectId = ?1 and c.topic = ?2 and c.status in ?3 and c.receivedAt > ?4
			and (c.residentId = ?5 or c.complainantPhone = ?6 or c.complainantEmail = ?7) order by c.receivedAt desc""")
	List<Complaint> samePersonAndTopic(long projectId, String topic, Collection<ComplaintStatus> statuses,
			Instant since, Long residentId, String phone, String email);

	/** Rows of (assignee id, number of their complaints in the given statuses). */
	@Query("select c.assigneeId, count(c) from Complaint c where c.assigneeId in ?1 and c.status in ?2 group by c.assigneeId")
	List<Object[]> openCounts(Collection<Long> assigneeIds, Collection<ComplaintStatus> statuses);

}
