package org.anju.complaint;

import java.util.List;

import org.springframework.data.jpa.domain.Specification;

/** The ids of the complaints a specification matches, without loading the complaints. */
interface ComplaintIds {

	List<Long> ids(Specification<Complaint> spec);

	/** How many complaints the specification matches, counting no further than {@code cap} + 1. */
	long countUpTo(Specification<Complaint> spec, int cap);

}
