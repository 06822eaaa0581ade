package org.anju.visitor;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostLogRepository extends JpaRepository<PostLogEntry, Long> {

	List<PostLogEntry> findTop200ByPostIdOrderByOccurredAtDescIdDesc(long postId);

}
