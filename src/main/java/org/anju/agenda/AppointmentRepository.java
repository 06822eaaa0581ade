package org.anju.agenda;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

	/** Appointments, not cancelled, of any of the staff that overlap [from, to). */
	@Query("""
			select distinct a from Appointment a join a.staffIds s where s in ?1 and a.cancelledAt is null
			and a.startsAt < ?3 and a.endsAt > ?2 order by a.startsAt""")
	List<Appointment> ofStaff(Collection<Long> staffIds, Instant from, Instant to);

	/** A project's appointments, not cancelled, that overlap [from, to). */
	@Query("""
			select a from Appointment a where a.projectId = ?1 and a.cancelledAt is null
			and a.startsAt < ?3 and a.endsAt > ?2 order by a.startsAt""")
	List<Appointment> ofProject(long projectId, Instant from, Instant to);

	@Query("""
			select a from Appointment a where a.remindAt <= ?1 and a.remindedAt is null and a.cancelledAt is null
			order by a.remindAt""")
	List<Appointment> remindersDue(Instant now);

}
