package org.anju.sla;

import java.util.List;
import java.util.Optional;

import org.anju.triage.Urgency;
import org.springframework.stereotype.Component;

/**
 * Finds the target of a clock for a complaint, from the most specific rule to the most general:
 * the project's rule for the topic, the project's rule for the urgency, then the company-wide
 * rules in the same order. A complex case's resolution follows the COMPLEX rule.
 */
@Component
class Policies {

	private final PolicyRepository policies;

	Policies(PolicyRepository policies) {
		this.policies = policies;
	}

	Target target(long projectId, String topic, Urgency urgency, boolean complex, ClockKind clock) {
		List<Policy> rules = policies.effectiveFor(projectId);
		List<String> scopes = complex && clock == ClockKind.RESOLUTION ? List.of(Policy.COMPLEX)
				: List.of("TOPIC:" + topic, "URGENCY:" + urgency);
		for (boolean own : new boolean[] { true, false }) {
			for (String scope : scopes) {
				Optional<Policy> rule = rules.stream()
					.filter(p -> p.getClock() == clock && p.getScope().equals(scope)
							&& (own ? Long.valueOf(projectId).equals(p.getProjectId()) : p.getProjectId() == null))
					.findFirst();
				if (rule.isPresent()) {
					return rule.get().target();
				}
			}
		}
		if (complex && clock == ClockKind.RESOLUTION) {
			return target(projectId, topic, urgency, false, clock);
		}
		if (urgency != Urgency.NORMAL) {
			return target(projectId, topic, Urgency.NORMAL, false, clock);
		}
		throw new IllegalStateException("No " + clock + " policy for NORMAL complaints");
	}

}
