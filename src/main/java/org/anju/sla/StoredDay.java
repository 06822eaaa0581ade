package org.anju.sla;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.anju.sla.calendar.CalendarDay;
import org.anju.sla.calendar.DayKind;

/** A public holiday or a make-up working day as stored. */
@Entity
@Table(name = "sla_calendar_day")
class StoredDay {

	@Id
	@Column(name = "calendar_date")
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	private DayKind kind;

	private String name;

	protected StoredDay() {
	}

	StoredDay(CalendarDay day) {
		this.day = day.date();
		this.kind = day.kind();
		this.name = day.name();
	}

	CalendarDay toDay() {
		return new CalendarDay(day, kind, name);
	}

}
