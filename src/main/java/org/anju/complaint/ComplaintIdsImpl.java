package org.anju.complaint;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/** Spring Data's fragment for {@link ComplaintIds}: one criteria query that selects the id only. */
class ComplaintIdsImpl implements ComplaintIds {

	private final EntityManager entities;

	ComplaintIdsImpl(EntityManager entities) {
		this.entities = entities;
	}

	@Override
	public List<Long> ids(Specification<Complaint> spec) {
		return entities.createQuery(idQuery(spec)).getResultList();
	}

	/** The ids up to the cap, counted: PostgreSQL stops reading there, where count(*) reads every match. */
	@Override
	public long countUpTo(Specification<Complaint> spec, int cap) {
		return entities.createQuery(idQuery(spec)).setMaxResults(cap + 1).getResultList().size();
	}

	private CriteriaQuery<Long> idQuery(Specification<Complaint> spec) {
		CriteriaBuilder cb = entities.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<Complaint> root = query.from(Complaint.class);
		return query.select(root.get("id")).where(spec.toPredicate(root, query, cb));
	}

}
