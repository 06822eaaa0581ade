package org.anju.sla;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredDayRepository extends JpaRepository<StoredDay, LocalDate> {

	@Query("select d from StoredDay d where d.day between ?1 and ?2 order by d.day")
	List<StoredDay> between(LocalDate from, LocalDate to);

}
