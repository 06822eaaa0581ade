package org.anju.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

	@Query("select n.id from Notice n where n.status = 'SCHEDULED' and n.scheduledAt <= ?1 order by n.scheduledAt")
	List<Long> due(Instant now);

	List<Notice> findByProjectIdOrderByIdDesc(long projectId);

}
