package org.anju.complaint;

import org.anju.triage.Urgency;

/** Topic, category, department and urgency: codes of the taxonomy. */
public record Classification(String topic, String category, String department, Urgency urgency) {
}
