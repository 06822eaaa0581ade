package org.anju.sla;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectHoursRepository extends JpaRepository<ProjectHours, Long> {
}
