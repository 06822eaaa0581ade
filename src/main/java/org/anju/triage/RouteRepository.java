package org.anju.triage;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RouteRepository extends JpaRepository<Route, Long> {

	List<Route> findByProjectIdOrderByTopic(long projectId);

	Optional<Route> findByProjectIdAndTopic(long projectId, String topic);

}
