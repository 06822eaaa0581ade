package org.anju.directory;

import java.util.List;
import java.util.Set;

import org.anju.platform.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A household's tags (replaced as a set) and notes (added, never edited). */
@RestController
@RequestMapping("/api/v1/households/{id}")
class HouseholdNoteController {

	private final HouseholdNotes notes;

	HouseholdNoteController(HouseholdNotes notes) {
		this.notes = notes;
	}

	@GetMapping("/tags")
	Set<HouseholdTag> tags(@PathVariable long id) {
		return notes.tags(id, CurrentActor.get());
	}

	@PutMapping("/tags")
	Set<HouseholdTag> setTags(@PathVariable long id, @RequestBody Set<HouseholdTag> tags) {
		return notes.setTags(id, tags, CurrentActor.get());
	}

	@GetMapping("/notes")
	List<HouseholdNotes.Note> notes(@PathVariable long id) {
		return notes.notes(id, CurrentActor.get());
	}

	@PostMapping("/notes")
	@ResponseStatus(HttpStatus.CREATED)
	HouseholdNotes.Note addNote(@PathVariable long id, @RequestBody NoteRequest request) {
		return notes.addNote(id, request.text(), CurrentActor.get());
	}

	record NoteRequest(String text) {
	}

}
