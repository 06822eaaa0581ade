package org.anju.shift;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostRepository extends JpaRepository<Post, Long> {

	List<Post> findByProjectIdOrderByName(long projectId);

	boolean existsByProjectIdAndName(long projectId, String name);

}
