package org.anju.board;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintStatus;
import org.anju.complaint.Complaints;
import org.anju.complaint.Visibility;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.text.Masking;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff publish on the public board: the improvement measure taken for a resolved or closed
 * complaint (e.g. 已更换3栋电梯主板，并增加每周巡检). Owners' own text never reaches the board; this
 * is the only text it shows, and it is masked (phones, units, rooms, the complainant's name) before
 * it is stored. Publishing and withdrawing are AGENT, SUPERVISOR or MANAGER steps within the
 * complaint's project, each noted on the complaint's internal timeline.
 */
@Service
@Transactional
public class Board {

	/** The longest measure the board takes. */
	public static final int MAX_LENGTH = 500;

	private static final Set<ComplaintStatus> PUBLISHABLE = Set.of(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED);

	private final Complaints complaints;

	private final MeasureRepository measures;

	private final Clock clock;

	Board(Complaints complaints, MeasureRepository measures, Clock clock) {
		this.complaints = complaints;
		this.measures = measures;
		this.clock = clock;
	}

	/**
	 * Publishes (or replaces) the complaint's measure: 403 for another role, 404 for a complaint the
	 * actor may not see, 409 unless it is RESOLVED or CLOSED, 400 ({@code measure}) when blank or too long.
	 */
	public Publication publish(long complaintId, String measure, Actor actor) {
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
		Complaint complaint = complaints.get(complaintId, actor);
		if (!PUBLISHABLE.contains(complaint.getStatus())) {
			throw new ConflictException("Only a resolved or closed complaint's measure can be published.",
					Map.of("currentState", complaint.getStatus().name()));
		}
		String text = measure == null ? "" : measure.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("measure", "must not be blank");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidInputException("measure", "is longer than " + MAX_LENGTH + " characters");
		}
		String masked = Masking.mask(text, complaint.getComplainant().name());
		Measure row = measures.findByComplaintId(complaintId)
			.orElseGet(() -> new Measure(complaintId, complaint.getProjectId()));
		row.publish(complaint.getClassification().topic(), complaint.getBuildingId(), masked, actor.staffId(),
				actor.displayName(), clock.instant());
		measures.save(row);
		complaints.addNote(complaintId, "已公示处理措施：" + masked, Visibility.INTERNAL, actor);
		return row.toPublication();
	}

	/** Takes the complaint's measure off the board (same roles and visibility as publishing); false if none. */
	public boolean withdraw(long complaintId, Actor actor) {
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
		complaints.get(complaintId, actor);
		Optional<Measure> row = measures.findByComplaintId(complaintId);
		row.ifPresent(m -> {
			measures.delete(m);
			complaints.addNote(complaintId, "已撤下公示的处理措施", Visibility.INTERNAL, actor);
		});
		return row.isPresent();
	}

	/** The complaint's published measure, if any (for staff who may see the complaint). */
	@Transactional(readOnly = true)
	public Optional<Publication> published(long complaintId, Actor actor) {
		complaints.get(complaintId, actor);
		return measures.findByComplaintId(complaintId).map(Measure::toPublication);
	}

}
