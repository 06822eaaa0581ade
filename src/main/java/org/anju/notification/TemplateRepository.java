package org.anju.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateRepository extends JpaRepository<Template, Long> {

	Optional<Template> findFirstByCodeOrderByVersionDesc(String code);

	List<Template> findByCodeOrderByVersionDesc(String code);

}
