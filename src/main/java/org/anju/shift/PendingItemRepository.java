package org.anju.shift;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PendingItemRepository extends JpaRepository<PendingItem, Long> {

	List<PendingItem> findByPostIdAndStateOrderById(long postId, PendingItem.State state);

	List<PendingItem> findByClosedShiftIdOrderById(long shiftId);

	List<PendingItem> findByIdInOrderById(Collection<Long> ids);

}
