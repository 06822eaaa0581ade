package org.anju.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.complaint.Complaint;
import org.anju.complaint.ComplaintClassified;
import org.anju.complaint.ComplaintRegistered;
import org.anju.complaint.Complaints;
import org.anju.complaint.ResolutionCheck;
import org.anju.organisation.Organisation;
import org.anju.organisation.StaffRef;
import org.anju.platform.security.Actor;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.anju.sla.SlaQueries;
import org.anju.triage.Taxonomy;
import org.anju.triage.Topic;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The playbook on one complaint. When a complaint is registered (or reclassified before any step
 * was done) the best-fitting scenario is applied: its steps become the complaint's checklist, the
 * timed ones due at receipt plus their limit, and its records must be taken before the complaint
 * may be resolved. Staff tick steps (noted on the timeline), take records, switch to another
 * scenario while nothing is done, and fill reply scripts.
 */
@Service
@Transactional
public class ComplaintPlaybook implements ResolutionCheck {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

	private final Playbook playbook;

	private final ChecklistStepRepository steps;

	private final RecordValueRepository records;

	private final Complaints complaints;

	private final SlaQueries sla;

	private final Organisation organisation;

	private final Taxonomy taxonomy;

	private final Clock clock;

	ComplaintPlaybook(Playbook playbook, ChecklistStepRepository steps, RecordValueRepository records,
			Complaints complaints, SlaQueries sla, Organisation organisation, Taxonomy taxonomy, Clock clock) {
		this.playbook = playbook;
		this.steps = steps;
		this.records = records;
		this.complaints = complaints;
		this.sla = sla;
		this.organisation = organisation;
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	@EventListener
	void on(ComplaintRegistered event) {
		applyBest(complaints.get(event.complaintId(), Actor.SYSTEM));
	}

	@EventListener
	void on(ComplaintClassified event) {
		Complaint c = complaints.get(event.complaintId(), Actor.SYSTEM);
		if (event.byPerson() && steps.findByComplaintIdOrderByPosition(c.getId()).stream().noneMatch(ChecklistStep::isDone)) {
			applyBest(c);
		}
	}

	/** What the workbench and the API show: the applied scenario, its checklist and records, the alternatives. */
	@Transactional(readOnly = true)
	public PlaybookView view(long complaintId, Actor actor) {
		Complaint c = complaints.get(complaintId, actor);
		List<ChecklistStep> checklist = steps.findByComplaintIdOrderByPosition(complaintId);
		PlaybookEntry entry = null;
		PlaybookEntry.Scenario scenario = null;
		if (!checklist.isEmpty()) {
			entry = playbook.entry(checklist.get(0).getEntryCode(), c.getProjectId()).orElse(null);
			String code = checklist.get(0).getScenarioCode();
			scenario = entry == null ? null : entry.scenario(code).orElse(null);
		}
		Instant now = clock.instant();
		return new PlaybookView(entry, scenario,
				checklist.stream().map(s -> new PlaybookView.StepView(s.getPosition(), s.getText(), s.getRecordKey(),
						s.getDueAt(), s.getDoneAt(), s.getDoneBy(), s.isLate(now))).toList(),
				records.findByComplaintIdOrderById(complaintId).stream().map(r -> new PlaybookView.RecordView(
						r.getRecordKey(), r.getLabel(), r.getValue(), r.getRecordedAt(), r.getRecordedBy())).toList(),
				playbook.suggest(c.getProjectId(), c.getClassification().topic(), text(c)).stream().limit(3)
					.map(s -> new PlaybookView.Choice(s.entry().code(), s.entry().title(), s.scenario().code(),
							s.scenario().name(), s.score()))
					.toList());
	}

	/** Applies another scenario; refused once a step is done, so that no tick is lost. */
	public PlaybookView apply(long complaintId, String entryCode, String scenarioCode, Actor actor) {
		Complaint c = complaints.get(complaintId, actor);
		PlaybookEntry entry = playbook.entry(entryCode, c.getProjectId())
			.orElseThrow(() -> new InvalidInputException("entry", "no such playbook entry"));
		PlaybookEntry.Scenario scenario = entry.scenario(scenarioCode)
			.orElseThrow(() -> new InvalidInputException("scenario", "no such scenario of " + entryCode));
		if (steps.findByComplaintIdOrderByPosition(complaintId).stream().anyMatch(ChecklistStep::isDone)) {
			throw new ConflictException("Steps of the applied scenario are done already; it can no longer be switched");
		}
		apply(c, entry, scenario);
		return view(complaintId, actor);
	}

	/** Ticks a step of the checklist and notes it on the timeline (late ones say so). */
	public PlaybookView tick(long complaintId, int position, Actor actor) {
		complaints.get(complaintId, actor);
		ChecklistStep step = steps.findByComplaintIdOrderByPosition(complaintId).stream()
			.filter(s -> s.getPosition() == position).findFirst()
			.orElseThrow(() -> new NotFoundException("Checklist step", position));
		Instant now = clock.instant();
		if (step.done(actor.displayName(), now)) {
			complaints.recordPlaybook(complaintId, "完成：" + step.getText() + (step.isLate(now) ? "（已超过时限）" : ""),
					actor);
		}
		return view(complaintId, actor);
	}

	/** Takes a record the playbook requires; the step that produces it is ticked with it. */
	public PlaybookView record(long complaintId, String key, String value, Actor actor) {
		complaints.get(complaintId, actor);
		RecordValue record = records.findByComplaintIdAndRecordKey(complaintId, key)
			.orElseThrow(() -> new NotFoundException("Record", key));
		if (value == null || value.isBlank() || value.strip().length() > 1000) {
			throw new InvalidInputException("value", "is required, at most 1000 characters");
		}
		Instant now = clock.instant();
		record.take(value.strip(), actor.displayName(), now);
		complaints.recordPlaybook(complaintId, "记录" + record.getLabel() + "：" + value.strip(), actor);
		steps.findByComplaintIdOrderByPosition(complaintId).stream()
			.filter(s -> key.equals(s.getRecordKey()))
			.forEach(s -> s.done(actor.displayName(), now));
		return view(complaintId, actor);
	}

	/** A reply script of the applied scenario with its placeholders filled ({cause} as staff typed it). */
	@Transactional(readOnly = true)
	public String script(long complaintId, int index, String cause, Actor actor) {
		Complaint c = complaints.get(complaintId, actor);
		PlaybookView view = view(complaintId, actor);
		if (view.scenario() == null || index < 0 || index >= view.scenario().scripts().size()) {
			throw new NotFoundException("Script", index);
		}
		Map<String, String> values = new HashMap<>();
		String name = c.getComplainant().name();
		values.put("salutation", name == null || name.isBlank() ? "业主" : name.substring(0, 1) + "业主");
		values.put("number", c.getNumber());
		values.put("expected", sla.resolutionDue(complaintId).map(t -> WHEN.format(t.atZone(clock.getZone())))
			.orElse("尽快"));
		values.put("cause", cause == null || cause.isBlank() ? "原因正在核查" : cause.strip());
		values.put("assignee", c.getAssigneeId() == null ? "客服人员"
				: organisation.staff(c.getAssigneeId()).map(StaffRef::displayName).orElse("客服人员"));
		values.put("department", c.getClassification().department() == null ? "物业服务中心"
				: organisation.departmentName(c.getProjectId(), c.getClassification().department()));
		values.put("topic", taxonomy.topic(c.getClassification().topic()).map(Topic::nameZh).orElse("您反映的问题"));
		Matcher m = PLACEHOLDER.matcher(view.scenario().scripts().get(index).text());
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
		}
		m.appendTail(out);
		return out.toString();
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> missingBeforeResolve(long complaintId) {
		return records.findByComplaintIdOrderById(complaintId).stream().filter(RecordValue::isMissing)
			.map(RecordValue::getLabel).toList();
	}

	private void applyBest(Complaint c) {
		if (c.getClassification().topic() == null) {
			return;
		}
		playbook.suggest(c.getProjectId(), c.getClassification().topic(), text(c)).stream()
			.filter(s -> s.entry().topics().contains(c.getClassification().topic())).findFirst()
			.ifPresent(best -> apply(c, best.entry(), best.scenario()));
	}

	private void apply(Complaint c, PlaybookEntry entry, PlaybookEntry.Scenario scenario) {
		steps.deleteByComplaint(c.getId());
		steps.flush();
		for (int i = 0; i < scenario.steps().size(); i++) {
			steps.save(new ChecklistStep(c.getId(), c.getProjectId(), entry, scenario, i + 1, scenario.steps().get(i),
					c.getReceivedAt()));
		}
		Map<String, RecordValue> kept = new HashMap<>();
		records.findByComplaintIdOrderById(c.getId()).forEach(r -> kept.put(r.getRecordKey(), r));
		for (PlaybookEntry.RecordField field : scenario.records()) {
			if (!kept.containsKey(field.key())) {
				records.save(new RecordValue(c.getId(), field.key(), field.label()));
			}
		}
		kept.values().stream().filter(r -> r.isMissing()
				&& scenario.records().stream().noneMatch(f -> f.key().equals(r.getRecordKey())))
			.forEach(records::delete);
	}

	private static String text(Complaint c) {
		return (c.getTitle() == null ? "" : c.getTitle() + " ") + c.getContent();
	}

}
