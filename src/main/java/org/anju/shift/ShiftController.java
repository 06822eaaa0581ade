package org.anju.shift;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.anju.platform.security.CurrentActor;
import org.anju.shift.ShiftView.ItemView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shift handover API: posts, shifts, their logs, pending items, handover and acknowledgement. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Shift handover", description = "Posts, shifts and the handover log (交接班记录)")
class ShiftController {

	private final Posts posts;

	private final Shifts shifts;

	ShiftController(Posts posts, Shifts shifts) {
		this.posts = posts;
		this.shifts = shifts;
	}

	record NewPost(String name) {
	}

	record Log(List<String> events, List<Equipment> equipment, Long version) {
	}

	record NewItem(String text, Long complaintId) {
	}

	@PostMapping("/projects/{projectId}/posts")
	@Operation(summary = "Create a post of the project (the manager)")
	ResponseEntity<PostRef> createPost(@PathVariable long projectId, @RequestBody NewPost request) {
		PostRef post = posts.create(projectId, request.name(), CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/posts/" + post.id())).body(post);
	}

	@GetMapping("/projects/{projectId}/posts")
	List<PostRef> posts(@PathVariable long projectId) {
		return posts.of(projectId, CurrentActor.get());
	}

	@PostMapping("/posts/{postId}/shifts")
	@Operation(summary = "Start a shift on the post",
			description = "staffIds defaults to the caller; supervisors and the manager may staff a shift without "
					+ "being on it. startsAt defaults to now, endsAt to 12 hours later.")
	ResponseEntity<ShiftView> start(@PathVariable long postId, @RequestBody(required = false) NewShift request) {
		ShiftView shift = shifts.start(postId, request == null ? new NewShift(null, null, null) : request,
				CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/shifts/" + shift.id())).body(shift);
	}

	@GetMapping("/posts/{postId}/shifts")
	@Operation(summary = "The post's shifts, latest first")
	List<ShiftView> shiftsOf(@PathVariable long postId) {
		return shifts.ofPost(postId, CurrentActor.get());
	}

	@GetMapping("/shifts/{id}")
	@Operation(summary = "A shift with its handover log")
	ShiftView get(@PathVariable long id) {
		return shifts.get(id, CurrentActor.get());
	}

	@PutMapping("/shifts/{id}/log")
	@Operation(summary = "Write the handover log: events and keys/equipment (replaces them; 409 once handed over)")
	ShiftView write(@PathVariable long id, @RequestBody Log log) {
		return shifts.write(id, log.events(), log.equipment(), log.version(), CurrentActor.get());
	}

	@PostMapping("/shifts/{id}/items")
	@Operation(summary = "Add a pending item; it carries over to every later log of the post until closed")
	ResponseEntity<ItemView> addItem(@PathVariable long id, @RequestBody NewItem request) {
		ItemView item = shifts.addItem(id, request.text(), request.complaintId(), CurrentActor.get());
		return ResponseEntity.status(201).body(item);
	}

	@PostMapping("/shifts/{id}/items/{itemId}/close")
	@Operation(summary = "Close a pending item of the post (409 when closed already)")
	ItemView closeItem(@PathVariable long id, @PathVariable long itemId) {
		return shifts.closeItem(id, itemId, CurrentActor.get());
	}

	@PostMapping("/shifts/{id}/submit")
	@Operation(summary = "Hand over: the log is frozen with the post's open items (409 when handed over already)")
	ShiftView submit(@PathVariable long id) {
		return shifts.submit(id, CurrentActor.get());
	}

	@PostMapping("/shifts/{id}/acknowledge")
	@Operation(summary = "Acknowledge shift {id}'s handover log (a member of the next shift; 409 before it is submitted)")
	ShiftView acknowledge(@PathVariable long id) {
		return shifts.acknowledge(id, CurrentActor.get());
	}

	@GetMapping("/shifts/{id}/duties")
	@Operation(summary = "The shift's duty list",
			description = "409 with previousShiftId until the previous shift's handover is acknowledged.")
	Duties duties(@PathVariable long id) {
		return shifts.duties(id, CurrentActor.get());
	}

}
