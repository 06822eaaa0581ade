package org.anju.sla;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.anju.sla.calendar.BusinessHours;
import org.anju.sla.calendar.CalendarDay;
import org.anju.sla.calendar.CalendarFile;
import org.anju.sla.calendar.WorkingCalendar;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The working calendar of each project: the holidays and make-up working days (seeded on start
 * from the shipped {@code sla/calendar.tsv} for the dates the database lacks, edited by
 * administrators) with the project's business hours. Calendars are cached until either changes.
 */
@Component
class Calendars implements SmartInitializingSingleton {

	private final StoredDayRepository days;

	private final ProjectHoursRepository hours;

	private final TransactionTemplate transaction;

	private final Map<Long, WorkingCalendar> cache = new ConcurrentHashMap<>();

	private volatile List<CalendarDay> holidays = List.of();

	Calendars(StoredDayRepository days, ProjectHoursRepository hours, PlatformTransactionManager transactions) {
		this.days = days;
		this.hours = hours;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void afterSingletonsInstantiated() {
		transaction.executeWithoutResult(status -> CalendarFile.shipped().stream()
			.filter(d -> !days.existsById(d.date()))
			.forEach(d -> days.save(new StoredDay(d))));
		reload();
	}

	WorkingCalendar of(long projectId) {
		return cache.computeIfAbsent(projectId, id -> new WorkingCalendar(holidays, hoursOf(id)));
	}

	BusinessHours hoursOf(long projectId) {
		return hours.findById(projectId).map(ProjectHours::toHours).orElse(BusinessHours.DEFAULT);
	}

	void setHours(long projectId, BusinessHours businessHours) {
		ProjectHours stored = hours.findById(projectId).orElseGet(() -> new ProjectHours(projectId, businessHours));
		stored.change(businessHours);
		hours.saveAndFlush(stored);
		cache.remove(projectId);
	}

	List<CalendarDay> days() {
		return holidays;
	}

	/** Adds or replaces the definitions of the given dates (an imported calendar file). */
	void define(List<CalendarDay> definitions) {
		definitions.forEach(d -> days.save(new StoredDay(d)));
		days.flush();
		reload();
	}

	void remove(LocalDate date) {
		days.deleteById(date);
		days.flush();
		reload();
	}

	private void reload() {
		holidays = days.findAll().stream().map(StoredDay::toDay)
			.sorted((a, b) -> a.date().compareTo(b.date())).toList();
		cache.clear();
	}

}
