package org.anju.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, Long> {

	List<Department> findByProjectIdOrderById(long projectId);

	Optional<Department> findByProjectIdAndCode(long projectId, String code);

}
