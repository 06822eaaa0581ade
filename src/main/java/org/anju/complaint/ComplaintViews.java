package org.anju.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.anju.triage.Flag;
import org.anju.triage.Urgency;
import org.springframework.data.domain.Page;

/** The JSON shapes of the complaint API. */
final class ComplaintViews {

	private ComplaintViews() {
	}

	record ComplaintView(long id, long version, String number, long projectId, ComplaintStatus status,
			Channel channel, Instant receivedAt, Instant recordedAt, String title, String content, String location,
			Complainant complainant, String topic, String category, String department, Urgency urgency,
			Nature nature, Long assigneeId, int escalationLevel, String holdReason, LocalDate holdUntil,
			String resolution, String cancelReason, int reopenCount, Instant assignedAt, Instant resolvedAt,
			Instant closedAt, Double triageConfidence, Set<Flag> flags, Complexity complexStatus,
			String complexReason, String externalRef, Instant externalDue, Instant dispatchedAt, Long intakeMillis,
			List<AttachmentView> attachments, List<LinkView> links) {

		static ComplaintView of(Complaint c) {
			return of(c, c.getAttachments().stream().map(AttachmentView::of).toList(),
					c.getLinks().stream().map(LinkView::of).toList());
		}

		/** Without attachments and links, for lists. */
		static ComplaintView summary(Complaint c) {
			return of(c, null, null);
		}

		private static ComplaintView of(Complaint c, List<AttachmentView> attachments, List<LinkView> links) {
			Classification k = c.getClassification();
			return new ComplaintView(c.getId(), c.getVersion(), c.getNumber(), c.getProjectId(), c.getStatus(),
					c.getChannel(), c.getReceivedAt(), c.getRecordedAt(), c.getTitle(), c.getContent(),
					c.getLocation(), c.getComplainant(), k.topic(), k.category(), k.department(), k.urgency(),
					c.getNature(), c.getAssigneeId(), c.getEscalationLevel(), c.getHoldReason(), c.getHoldUntil(),
					c.getResolution(), c.getCancelReason(), c.getReopenCount(), c.getAssignedAt(),
					c.getResolvedAt(), c.getClosedAt(), c.getTriageConfidence(), Set.copyOf(c.getFlags()), c.getComplexStatus(),
					c.getComplexReason(), c.getExternalRef(), c.getExternalDue(), c.getDispatchedAt(),
					c.getIntakeMillis(), attachments, links);
		}



	}

	record AttachmentView(long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {

		static AttachmentView of(Attachment a) {
			return new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(),
					a.getUploadedAt());
		}

	}

	record LinkView(long relatedId, LinkType type, Instant createdAt) {

		static LinkView of(ComplaintLink l) {
			return new LinkView(l.getRelatedId(), l.getType(), l.getCreatedAt());
		}

	}

	record TimelineView(long id, Instant occurredAt, TimelineType type, Visibility visibility, Long actorId,
			String actorName, ComplaintStatus fromStatus, ComplaintStatus toStatus, String message) {

		static TimelineView of(TimelineEntry e) {
			return new TimelineView(e.getId(), e.getOccurredAt(), e.getType(), e.getVisibility(), e.getActorId(),
					e.getActorName(), e.getFromStatus(), e.getToStatus(), e.getMessage());
		}

	}

	/** How long complaints waited from receipt to assignment (the industry's target: 15 minutes). */
	record AssignmentTimes(long complaints, long assigned, Double averageSeconds, Long medianSeconds,
			Long p90Seconds, Long maxSeconds, Double within15Minutes) {

		static AssignmentTimes of(List<Complaint> complaints) {
			long[] seconds = complaints.stream().filter(c -> c.getAssignedAt() != null)
				.mapToLong(c -> Math.max(0, Duration.between(c.getReceivedAt(), c.getAssignedAt()).toSeconds()))
				.sorted().toArray();
			if (seconds.length == 0) {
				return new AssignmentTimes(complaints.size(), 0, null, null, null, null, null);
			}
			return new AssignmentTimes(complaints.size(), seconds.length, Arrays.stream(seconds).average().orElseThrow(),
					seconds[(seconds.length - 1) / 2], seconds[(int) Math.ceil(seconds.length * 0.9) - 1],
					seconds[seconds.length - 1],
					Arrays.stream(seconds).filter(s -> s <= 15 * 60).count() / (double) seconds.length);
		}

	}

	/**
	 * Milliseconds from a message's arrival to its complaint being triaged and assigned, per
	 * channel (the target: under one second for the API, phone and WeChat).
	 */
	record IntakeTimes(Channel channel, long complaints, long p50Millis, long p95Millis, long p99Millis,
			long maxMillis) {

		static List<IntakeTimes> of(List<Complaint> complaints) {
			Map<Channel, long[]> byChannel = new TreeMap<>();
			complaints.stream().filter(c -> c.getIntakeMillis() != null)
				.collect(Collectors.groupingBy(Complaint::getChannel,
						Collectors.mapping(Complaint::getIntakeMillis, Collectors.toList())))
				.forEach((channel, millis) -> byChannel.put(channel,
						millis.stream().mapToLong(Long::longValue).sorted().toArray()));
			return byChannel.entrySet().stream().map(e -> {
				long[] m = e.getValue();
				return new IntakeTimes(e.getKey(), m.length, percentile(m, 0.50), percentile(m, 0.95),
						percentile(m, 0.99), m[m.length - 1]);
			}).toList();
		}

		private static long percentile(long[] sorted, double share) {
			return sorted[Math.max(0, (int) Math.ceil(sorted.length * share) - 1)];
		}

	}

	record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

		static <T> PageView<T> of(Page<T> page) {
			return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}

	}

}
