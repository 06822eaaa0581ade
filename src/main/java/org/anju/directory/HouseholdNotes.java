package org.anju.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's tags and staff notes: the service desk's knowledge of it (an elderly owner living
 * alone, a sensitive case). Written, and the notes read, by AGENT, SUPERVISOR and MANAGER of its
 * project (403 for other roles, 404 for another project's household); notes are only ever added.
 */
@Service
@Transactional
public class HouseholdNotes {

	/** The longest note. */
	public static final int MAX_NOTE = 1000;

	private final HouseholdRepository households;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	HouseholdNotes(HouseholdRepository households, JdbcTemplate jdbc, Clock clock) {
		this.households = households;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The household's tags, in the enum's order: any staff member of the project may read them (a repair visit needs them too). */
	@Transactional(readOnly = true)
	public Set<HouseholdTag> tags(long householdId, Actor actor) {
		visible(householdId, actor);
		return tagsOf(householdId);
	}

	/** Replaces the household's tags with these. */
	public Set<HouseholdTag> setTags(long householdId, Collection<HouseholdTag> tags, Actor actor) {
		check(householdId, actor);
		jdbc.update("delete from household_tag where household_id = ?", householdId);
		Set<HouseholdTag> wanted = tags == null || tags.isEmpty() ? EnumSet.noneOf(HouseholdTag.class)
				: EnumSet.copyOf(tags);
		wanted.forEach(t -> jdbc.update("insert into household_tag (household_id, tag) values (?, ?)", householdId,
				t.name()));
		return wanted;
	}

	/** The household's notes, newest first. */
	@Transactional(readOnly = true)
	public List<Note> notes(long householdId, Actor actor) {
		check(householdId, actor);
		return jdbc.query("select id, text, author_id, author_name, written_at from household_note where household_id = ? "
				+ "order by written_at desc, id desc", (rs, n) -> new Note(rs.getLong("id"), rs.getString("text"),
						rs.getLong("author_id"), rs.getString("author_name"), rs.getTimestamp("written_at").toInstant()),
				householdId);
	}

	/** Adds a note by the actor: 400 ({@code text}) when blank or longer than {@value #MAX_NOTE}. */
	public Note addNote(long householdId, String text, Actor actor) {
		check(householdId, actor);
		String note = text == null ? "" : text.strip();
		if (note.isEmpty()) {
			throw new InvalidInputException("text", "请填写备注内容");
		}
		if (note.length() > MAX_NOTE) {
			throw new InvalidInputException("text", "备注不能超过" + MAX_NOTE + "字");
		}
		Instant now = clock.instant();
		String author = actor.displayName() == null ? actor.username() : actor.displayName();
		jdbc.update("insert into household_note (household_id, text, author_id, author_name, written_at) values (?, ?, ?, ?, ?)",
				householdId, note, actor.staffId(), author, Timestamp.from(now));
		return notes(householdId, actor).get(0);
	}

	private Set<HouseholdTag> tagsOf(long householdId) {
		Set<HouseholdTag> tags = EnumSet.noneOf(HouseholdTag.class);
		jdbc.queryForList("select tag from household_tag where household_id = ?", String.class, householdId)
			.forEach(t -> tags.add(HouseholdTag.valueOf(t)));
		return tags;
	}

	private void check(long householdId, Actor actor) {
		visible(householdId, actor);
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
	}

	private void visible(long householdId, Actor actor) {
		households.findWithAddress(householdId)
			.filter(h -> actor.canSee(h.getUnit().getBuilding().getProject().getId()))
			.orElseThrow(() -> new NotFoundException("Household", householdId));
	}

	/** A staff note on a household. */
	public record Note(long id, String text, long authorId, String authorName, Instant at) {
	}

}
