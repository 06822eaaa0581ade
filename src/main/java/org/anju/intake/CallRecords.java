package org.anju.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.anju.complaint.Complaint;
import org.anju.complaint.Complaints;
import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.anju.directory.ResidentRef;
import org.anju.platform.security.Actor;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's call history, read-only, for the owner 360 view: the calls linked to it, from its
 * residents' numbers and those its complaints were recorded from, newest first. Any staff member of the
 * household's project may read it; callers show the numbers masked to whoever should not see them.
 */
@Service
@Transactional(readOnly = true)
public class CallRecords {

	/** The most calls returned. */
	static final int LIMIT = 100;

	private final EntityManager entities;

	private final Directory directory;

	private final Complaints complaints;

	CallRecords(EntityManager entities, Directory directory, Complaints complaints) {
		this.entities = entities;
		this.directory = directory;
		this.complaints = complaints;
	}

	/** The household's calls, newest first; 404 for a household the actor may not see. */
	public List<CallRecord> ofHousehold(long householdId, Actor actor) {
		HouseholdRef household = directory.household(householdId).filter(h -> actor.canSee(h.projectId()))
			.orElseThrow(() -> new NotFoundException("Household", householdId));
		List<String> numbers = directory.residentsOf(householdId).stream().map(ResidentRef::mobile)
			.filter(m -> m != null && !m.isBlank()).toList();
		List<Long> complaintIds = complaints.ofHousehold(householdId, actor).stream().map(Complaint::getId).toList();
		List<String> where = new ArrayList<>();
		where.add("c.householdId = :household");
		if (!numbers.isEmpty()) {
			where.add("c.callerNumber in :numbers");
		}
		if (!complaintIds.isEmpty()) {
			where.add("exists (select 1 from Call k join k.complaints r where k = c and r.complaintId in :ids)");
		}
		TypedQuery<Call> query = entities.createQuery("select c from Call c where c.projectId = :project and ("
				+ String.join(" or ", where) + ") order by c.startedAt desc, c.id desc", Call.class)
			.setParameter("project", household.projectId())
			.setParameter("household", householdId)
			.setMaxResults(LIMIT);
		if (!numbers.isEmpty()) {
			query.setParameter("numbers", numbers);
		}
		if (!complaintIds.isEmpty()) {
			query.setParameter("ids", complaintIds);
		}
		return query.getResultList().stream().map(CallRecord::of).toList();
	}

	/** One call, in (the caller's number) or out (the number dialled): when, how long, what came of it, the complaints. */
	public record CallRecord(long id, String direction, String callerNumber, Instant startedAt, Long durationSeconds, String outcome,
			String notes, List<String> complaintNumbers, Instant callbackAt, Instant callbackDoneAt, long agentId) {

		static CallRecord of(Call c) {
			return new CallRecord(c.getId(), c.getDirection().name(), c.getCallerNumber(), c.getStartedAt(), c.getDurationSeconds(),
					c.getOutcome() == null ? null : c.getOutcome().name(), c.getNotes(),
					c.getComplaints().stream().map(Call.Recorded::complaintNumber).toList(), c.getCallbackAt(),
					c.getCallbackDoneAt(), c.getAgentId());
		}

	}

}
