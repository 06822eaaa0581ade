package org.anju.console;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.anju.directory.Directory;
import org.anju.directory.HouseholdNotes;
import org.anju.directory.HouseholdTag;
import org.anju.directory.ResidentRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner 360 view: a search for households by room, name or mobile, one page per household
 * (a resident's link opens their household with them highlighted), and the tag and note forms.
 * Every open of a household page is audited.
 */
@Controller
class OwnerViewController {

	/** The most households a search lists. */
	static final int SEARCH_LIMIT = 50;

	private final OwnerView view;

	private final Directory directory;

	private final HouseholdNotes notes;

	private final Clock clock;

	OwnerViewController(OwnerView view, Directory directory, HouseholdNotes notes, Clock clock) {
		this.view = view;
		this.directory = directory;
		this.notes = notes;
		this.clock = clock;
	}

	@GetMapping("/owners")
	String search(@RequestParam(required = false) String q, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("results", q == null || q.isBlank() ? List.of()
				: directory.searchHouseholds(q, directory.projectIdsSeenBy(actor), SEARCH_LIMIT));
		return "console/owner/search";
	}

	@GetMapping("/owners/households/{id}")
	String household(@PathVariable long id, @RequestParam(required = false) Long resident, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("profile", view.profile(id, actor, "owner-view-page"));
		model.addAttribute("highlight", resident);
		model.addAttribute("allTags", HouseholdTag.values());
		model.addAttribute("fmt", new WorkbenchPage.Times(clock.getZone()));
		return "console/owner/household";
	}

	@GetMapping("/owners/residents/{id}")
	String resident(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		ResidentRef resident = directory.resident(id).filter(r -> actor.canSee(r.household().projectId()))
			.orElseThrow(() -> new NotFoundException("Resident", id));
		return "redirect:/owners/households/" + resident.household().id() + "?resident=" + id + "#resident-" + id;
	}

	@PostMapping("/owners/households/{id}/tags")
	String tags(@PathVariable long id, @RequestParam(required = false) List<HouseholdTag> tags,
			RedirectAttributes redirect) {
		notes.setTags(id, tags == null ? EnumSet.noneOf(HouseholdTag.class) : tags, CurrentActor.get());
		redirect.addFlashAttribute("notice", "people.notice.tagsSaved");
		return "redirect:/owners/households/" + id + "#tags";
	}

	@PostMapping("/owners/households/{id}/notes")
	String note(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
		try {
			notes.addNote(id, text, CurrentActor.get());
			redirect.addFlashAttribute("notice", "people.notice.noteAdded");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("noteError", "people.note.invalid");
			redirect.addFlashAttribute("noteText", text);
		}
		return "redirect:/owners/households/" + id + "#notes";
	}

}
