package org.anju.console;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.anju.shift.Equipment;
import org.anju.shift.HandoverPending;
import org.anju.shift.NewShift;
import org.anju.shift.PostRef;
import org.anju.shift.Posts;
import org.anju.shift.ShiftView;
import org.anju.shift.Shifts;
import org.anju.visitor.Visits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 交接班: the staff member's current shift on their post. Its duty list stays closed with a link
 * to the previous shift's log until that log is read and acknowledged; then the shift works its
 * pending items, writes its own log (with the visitors overdue at its end in view) and hands over.
 */
@Controller
@RequestMapping("/shifts")
class ShiftPageController {

	private final Shifts shifts;

	private final Posts posts;

	private final Visits visits;

	private final StaffProjects projects;

	private final ShiftMessages messages;

	private final Clock clock;

	ShiftPageController(Shifts shifts, Posts posts, Visits visits, StaffProjects projects, ShiftMessages messages,
			Clock clock) {
		this.shifts = shifts;
		this.posts = posts;
		this.visits = visits;
		this.projects = projects;
		this.messages = messages;
		this.clock = clock;
	}

	/** The current shift, or the form to start one on a post of the user's projects. */
	@GetMapping
	String current(Model model) {
		Actor me = CurrentActor.get();
		var current = shifts.current(me);
		if (current.isPresent()) {
			return "redirect:/shifts/" + current.get().id();
		}
		List<PostRef> all = new ArrayList<>();
		projects.of(me).forEach(p -> all.addAll(posts.of(p.id(), me)));
		model.addAttribute("posts", all);
		return "console/shift/start";
	}

	@PostMapping("/start")
	String start(@RequestParam long postId, RedirectAttributes flash) {
		try {
			return "redirect:/shifts/" + shifts.start(postId, new NewShift(null, null, null), CurrentActor.get()).id();
		}
		catch (InvalidInputException | ConflictException ex) {
			flash.addFlashAttribute("failure", messages.text("post.shift.error", ex.getMessage()));
			return "redirect:/shifts";
		}
	}

	@GetMapping("/{id}")
	String shift(@PathVariable long id, Model model) {
		Actor me = CurrentActor.get();
		ShiftView shift = shifts.get(id, me);
		model.addAttribute("shift", shift);
		model.addAttribute("eventsText", String.join("\n", shift.events()));
		model.addAttribute("zone", clock.getZone());
		boolean mine = shift.staff().stream().anyMatch(s -> s.id() == me.staffId());
		model.addAttribute("mine", mine);
		if (shift.nextShiftId() != null && !shift.onDuty() && !shift.acknowledged()) {
			ShiftView next = shifts.get(shift.nextShiftId(), me);
			model.addAttribute("mayAcknowledge", next.staff().stream().anyMatch(s -> s.id() == me.staffId()));
		}
		if (shift.onDuty()) {
			try {
				model.addAttribute("duties", shifts.duties(id, me));
				model.addAttribute("overdue", visits.overdue(shift.projectId(), shift.endsAt(), me));
			}
			catch (HandoverPending pending) {
				model.addAttribute("blocked", pending);
			}
		}
		return "console/shift/shift";
	}

	@PostMapping("/{id}/log")
	String write(@PathVariable long id, @RequestParam(defaultValue = "") String events,
			@RequestParam(required = false) List<String> item, @RequestParam(required = false) List<String> quantity,
			@RequestParam(required = false) List<String> state, @RequestParam(required = false) Long version,
			RedirectAttributes flash) {
		return act(id, flash, "post.shift.saved", () -> shifts.write(id, Arrays.asList(events.split("\\R")),
				equipment(item, quantity, state), version, CurrentActor.get()));
	}

	@PostMapping("/{id}/items")
	String addItem(@PathVariable long id, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) Long complaintId, RedirectAttributes flash) {
		return act(id, flash, "post.shift.itemAdded", () -> shifts.addItem(id, text, complaintId, CurrentActor.get()));
	}

	@PostMapping("/{id}/items/{itemId}/close")
	String closeItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes flash) {
		return act(id, flash, "post.shift.itemClosed", () -> shifts.closeItem(id, itemId, CurrentActor.get()));
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, RedirectAttributes flash) {
		return act(id, flash, "post.shift.submitted", () -> shifts.submit(id, CurrentActor.get()));
	}

	/** Acknowledges shift {@code id}'s log and goes on to the user's own (next) shift. */
	@PostMapping("/{id}/acknowledge")
	String acknowledge(@PathVariable long id, RedirectAttributes flash) {
		try {
			ShiftView acknowledged = shifts.acknowledge(id, CurrentActor.get());
			flash.addFlashAttribute("done", messages.text("post.shift.acknowledged"));
			return "redirect:/shifts/" + acknowledged.nextShiftId();
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("failure", messages.text("post.shift.error", ex.getMessage()));
			return "redirect:/shifts/" + id;
		}
	}

	private String act(long id, RedirectAttributes flash, String doneKey, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("done", messages.text(doneKey));
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = messages.of(ex, "post.shift.error.");
			flash.addFlashAttribute("failure", String.join(" ", errors.values()));
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("failure", messages.text("post.shift.conflict"));
		}
		return "redirect:/shifts/" + id;
	}

	private static List<Equipment> equipment(List<String> items, List<String> quantities, List<String> states) {
		List<Equipment> all = new ArrayList<>();
		for (int i = 0; items != null && i < items.size(); i++) {
			String item = items.get(i);
			if (item == null || item.isBlank()) {
				continue;
			}
			int quantity;
			try {
				quantity = Integer.parseInt(at(quantities, i).isBlank() ? "1" : at(quantities, i).strip());
			}
			catch (NumberFormatException ex) {
				quantity = 0; // refused by the service as a field error
			}
			all.add(new Equipment(item, quantity, at(states, i)));
		}
		return all;
	}

	private static String at(List<String> values, int i) {
		return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
	}

}
