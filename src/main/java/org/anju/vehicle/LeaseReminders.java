package org.anju.vehicle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.anju.notification.DirectMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds households whose parking lease runs out within {@value #WINDOW_DAYS} days (or ran out
 * within as many days before) to renew it and update their vehicle data: one message per household
 * and expiry date, however often it runs — the vehicle remembers the date it was reminded for, and
 * the outbox key repeats.
 */
@Service
@Transactional
public class LeaseReminders {

	static final int WINDOW_DAYS = 30;

	static final String TEMPLATE = "PARKING_LEASE";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final VehicleRepository vehicles;

	private final DirectMessages messages;

	private final Clock clock;

	LeaseReminders(VehicleRepository vehicles, DirectMessages messages, Clock clock) {
		this.vehicles = vehicles;
		this.messages = messages;
		this.clock = clock;
	}

	/** Sends the reminders due at {@code now}; returns how many households were reminded. */
	public int remind(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		Map<String, List<Vehicle>> due = vehicles.leaseDue(today.minusDays(WINDOW_DAYS), today.plusDays(WINDOW_DAYS))
			.stream()
			.collect(Collectors.groupingBy(v -> v.getHouseholdId() + ":" + v.getLeaseExpires(), LinkedHashMap::new,
					Collectors.toList()));
		due.forEach((key, group) -> {
			Vehicle first = group.get(0);
			String what = group.stream()
				.map(v -> v.getParkingSpace() == null ? v.getPlate() : v.getPlate() + "，车位" + v.getParkingSpace())
				.collect(Collectors.joining("；"));
			messages.toHousehold("parking-lease:" + key, first.getHouseholdId(), TEMPLATE,
					Map.of("title", what, "date", DATE.format(first.getLeaseExpires())));
			group.forEach(Vehicle::reminded);
		});
		return due.size();
	}

}
