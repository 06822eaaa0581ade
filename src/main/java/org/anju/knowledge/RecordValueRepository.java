package org.anju.knowledge;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecordValueRepository extends JpaRepository<RecordValue, Long> {

	List<RecordValue> findByComplaintIdOrderById(long complaintId);

	Optional<RecordValue> findByComplaintIdAndRecordKey(long complaintId, String recordKey);

}
