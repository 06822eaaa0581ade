package org.anju.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectRepository extends JpaRepository<Project, Long> {

	List<Project> findByCompanyIdOrderByName(long companyId);

	List<Project> findAllByOrderByName();

}
