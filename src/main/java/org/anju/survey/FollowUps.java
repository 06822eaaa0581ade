package org.anju.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The follow-up tasks low scores create: listed per project, completed with a note. */
@Service
@Transactional
class FollowUps {

	private final FollowUpRepository followUps;

	private final RoundRepository rounds;

	private final Directory directory;

	private final Clock clock;

	FollowUps(FollowUpRepository followUps, RoundRepository rounds, Directory directory, Clock clock) {
		this.followUps = followUps;
		this.rounds = rounds;
		this.directory = directory;
		this.clock = clock;
	}

	/** A follow-up task as the API shows it. */
	record View(long id, long roundId, String quarter, long householdId, String household, String element,
			String elementName, int score, String comment, Instant createdAt, Instant completedAt, String completedBy,
			String note) {
	}

	@Transactional(readOnly = true)
	List<View> of(long projectId, boolean openOnly) {
		return (openOnly ? followUps.findByProjectIdAndCompletedAtIsNullOrderById(projectId)
				: followUps.findByProjectIdOrderById(projectId)).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	FollowUp get(long id) {
		return followUps.findById(id).orElseThrow(() -> new NotFoundException("Follow-up", id));
	}

	View complete(long id, String note, String by) {
		if (note == null || note.isBlank() || note.strip().length() > 1000) {
			throw new InvalidInputException("note", "is required, at most 1000 characters");
		}
		FollowUp followUp = get(id);
		followUp.complete(note.strip(), by, clock.instant());
		return view(followUps.saveAndFlush(followUp));
	}

	private View view(FollowUp f) {
		return new View(f.getId(), f.getRoundId(), rounds.findById(f.getRoundId()).map(Round::getQuarter).orElse(null),
				f.getHouseholdId(), directory.household(f.getHouseholdId()).map(HouseholdRef::label).orElse(null),
				f.getElement(), Elements.zh(f.getElement()), f.getScore(), f.getComment(), f.getCreatedAt(),
				f.getCompletedAt(), f.getCompletedBy(), f.getNote());
	}

}
