package org.anju.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRunRepository extends JpaRepository<ReportRun, Long> {

	boolean existsByKindAndPeriodAndScope(String kind, String period, String scope);

	List<ReportRun> findByKindAndPeriodOrderById(String kind, String period);

}
