package org.anju.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.anju.triage.Flag;
import org.springframework.data.jpa.domain.Specification;

/** Criteria of the complaint list; every criterion is optional. */
public record ComplaintFilter(Long projectId, Set<ComplaintStatus> status, String department, Long assigneeId,
		String topic, String category, Long buildingId, Long householdId, Channel channel, Instant receivedFrom,
		Instant receivedTo, Flag flag) {

	/** The filter as a query, limited to the projects the caller may see ({@code null} = all). */
	Specification<Complaint> toSpecification(Set<Long> visibleProjects) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (visibleProjects != null) {
				where.add(visibleProjects.isEmpty() ? cb.disjunction() : root.get("projectId").in(visibleProjects));
			}
			if (projectId != null) {
				where.add(cb.equal(root.get("projectId"), projectId));
			}
			if (status != null && !status.isEmpty()) {
				where.add(root.get("status").in(status));
			}
			if (department != null) {
				where.add(cb.equal(root.get("department"), department));
			}
			if (assigneeId != null) {
				where.add(cb.equal(root.get("assigneeId"), assigneeId));
			}
			if (topic != null) {
				where.add(cb.equal(root.get("topic"), topic));
			}
			if (category != null) {
				where.add(cb.equal(root.get("category"), category));
			}
			if (buildingId != null) {
				where.add(cb.equal(root.get("buildingId"), buildingId));
			}
			if (householdId != null) {
				where.add(cb.equal(root.get("householdId"), householdId));
			}
			if (channel != null) {
				where.add(cb.equal(root.get("channel"), channel));
			}
			if (receivedFrom != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), receivedFrom));
			}
			if (receivedTo != null) {
				where.add(cb.lessThan(root.get("receivedAt"), receivedTo));
			}
			if (flag != null) {
				where.add(cb.equal(root.join("flags"), flag));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
