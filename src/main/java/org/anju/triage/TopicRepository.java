package org.anju.triage;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicRepository extends JpaRepository<TopicDefinition, String> {
}
