package org.anju.console;

import java.util.List;

import org.anju.complaint.ComplaintStatus;
import org.anju.triage.Flag;
import org.anju.triage.Urgency;

/** One line of a queue's table, ready to show (every text is written with th:text). */
record QueueRow(long id, String number, String received, String title, String excerpt, String owner,
		String unit, String topic, Urgency urgency, ComplaintStatus status, String assignee, String due,
		boolean late, int escalationLevel, List<Flag> flags) {
}
