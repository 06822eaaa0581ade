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

	/** The targets of a complaint's four clocks, from one read of the rules. */
	Deadlines.Targets targets(long projectId, String topic, Urgency urgency, boolean complex) {
		List<Policy> rules = policies.effectiveFor(projectId);
		return new Deadlines.Targets(target(rules, projectId, topic, urgency, false, ClockKind.FIRST_CONTACT),
				target(rules, projectId, topic, urgency, complex, ClockKind.RESOLUTION),
				target(rules, projectId, topic, urgency, false, ClockKind.UPDATE),
				target(rules, projectId, topic, urgency, false, ClockKind.CALLBACK));
	}

	private static Target target(List<Policy> rules, long projectId, String topic, Urgency urgency, boolean complex,
			ClockKind clock) {
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
			return target(rules, projectId, topic, urgency, false, clock);
		}
		if (urgency != Urgency.NORMAL) {
			return target(rules, projectId, topic, Urgency.NORMAL, false, clock);
		}
		throw new IllegalStateException("No " + clock + " policy for NORMAL complaints");
	}

}
