package org.anju.agenda;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskRepository extends JpaRepository<Task, Long> {

	List<Task> findByAssigneeIdAndStatusOrderByDueAtAscIdAsc(long assigneeId, TaskStatus status);

	List<Task> findByProjectIdAndStatusOrderByDueAtAscIdAsc(long projectId, TaskStatus status);

}
