package org.anju.sla;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;

/**
 * One deadline rule: for complaints in a scope ({@code URGENCY:<code>}, {@code TOPIC:<code>} or
 * {@code COMPLEX}), of one project or of all ({@code projectId} null), the target of one clock.
 */
@Entity
@Table(name = "sla_policy")
class Policy extends BaseEntity {

	static final String COMPLEX = "COMPLEX";

	private Long projectId;

	private String scope;

	@Enumerated(EnumType.STRING)
	private ClockKind clock;

	private int amount;

	@Enumerated(EnumType.STRING)
	private TargetUnit unit;

	protected Policy() {
	}

	Policy(Long projectId, String scope, ClockKind clock, Target target) {
		this.projectId = projectId;
		this.scope = scope;
		this.clock = clock;
		change(target);
	}

	void change(Target target) {
		this.amount = target.amount();
		this.unit = target.unit();
	}

	Target target() {
		return new Target(amount, unit);
	}

	Long getProjectId() {
		return projectId;
	}

	String getScope() {
		return scope;
	}

	ClockKind getClock() {
		return clock;
	}

}
