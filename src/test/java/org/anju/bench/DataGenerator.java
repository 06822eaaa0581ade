package org.anju.bench;

import java.util.List;

import org.anju.triage.classifier.Corpus;
import org.anju.triage.classifier.LabelledText;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Realistic volumes for the benchmarks and drills, straight into the tables of a running Anju on
 * PostgreSQL (set-based {@code generate_series} inserts, about a minute for a million complaints):
 * {@code projects} projects of the demo company, each with 20 buildings of 2 units and
 * {@code households} households with an owner; {@code complaints} complaints spread over the last
 * three years across those households, texts and topics from the training corpus; each with its
 * deadline clock, most of them long closed, the last three days' still being worked on in every
 * status; a feedback request for every third resolved one (half answered); a repeat flag for one in
 * twenty. The demo manager sees every generated project, the demo agent the first one.
 *
 * <pre>(PGDATABASE_NAME=anju_big source .ci/start-postgres &amp;&amp; \
 *   mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.anju.bench.DataGenerator \
 *     -Dexec.args="1000000 20 2500")   # complaints, projects, households per project</pre>
 */
public final class DataGenerator {

	/** Project codes of generated projects start with this, so that a second run can tell them apart. */
	static final String PREFIX = "GEN";

	private DataGenerator() {
	}

	public static void main(String[] args) throws Exception {
		int complaints = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int projects = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int households = args.length > 2 ? Integer.parseInt(args[2]) : 2_500;
		try (Bench bench = Bench.start("--anju.demo-data=true")) {
			bench.requirePostgres("DataGenerator");
			long t0 = System.nanoTime();
			fill(bench.jdbc(), complaints, projects, households);
			System.out.printf("generated %d projects, %,d households, %,d complaints in %.1f s%n", projects,
					projects * households, complaints, (System.nanoTime() - t0) / 1e9);
		}
	}

	/** Fills the tables as described above; does nothing if generated complaints are already there. */
	static void fill(JdbcTemplate jdbc, int complaints, int projects, int households) {
		Long existing = jdbc.queryForObject("select count(*) from complaint c join project p on p.id = c.project_id"
				+ " where p.code like '" + PREFIX + "%'", Long.class);
		if (existing != null && existing >= complaints) {
			return;
		}
		if (existing != null && existing > 0) {
			throw new IllegalStateException("the database has " + existing + " generated complaints; start from an empty one");
		}
		long company = jdbc.queryForObject("select min(id) from company", Long.class);
		jdbc.update("insert into project (company_id, code, name, address) select ?, '" + PREFIX
				+ "' || lpad(p::text, 3, '0'), '基准小区' || p, '基准路' || p || '号' from generate_series(1, ?) p",
				company, projects);
		jdbc.update("insert into building (project_id, name) select p.id, b || '栋' from project p,"
				+ " generate_series(1, 20) b where p.code like '" + PREFIX + "%'");
		jdbc.update("insert into unit (building_id, name) select b.id, u || '单元' from building b"
				+ " join project p on p.id = b.project_id, generate_series(1, 2) u where p.code like '" + PREFIX + "%'");
		int perUnit = Math.max(1, households / 40);
		jdbc.update("insert into household (unit_id, room, floor, area_sqm) select u.id,"
				+ " (1 + h / 4) || lpad((1 + h % 4)::text, 2, '0'), 1 + h / 4, 89.5 from unit u join building b on b.id = u.building_id"
				+ " join project p on p.id = b.project_id, generate_series(0, ? - 1) h where p.code like '" + PREFIX + "%'",
				perUnit);
		jdbc.update("insert into resident (household_id, name, relation, mobile, preferred_channel)"
				+ " select h.id, '业主' || h.id, 'OWNER', '138' || lpad(h.id::text, 8, '0'), 'SMS' from household h"
				+ " join unit u on u.id = h.unit_id join building b on b.id = u.building_id join project p on p.id = b.project_id"
				+ " where p.code like '" + PREFIX + "%'");
		jdbc.update("insert into department (project_id, code, name) select p.id, d.code, d.name from project p,"
				+ " (select distinct code, name from department where project_id = (select min(project_id) from department)) d"
				+ " where p.code like '" + PREFIX + "%'");
		jdbc.update("insert into staff_project (staff_id, project_id) select s.id, p.id from staff s, project p"
				+ " where s.username = 'manager' and p.code like '" + PREFIX + "%'");
		jdbc.update("insert into staff_project (staff_id, project_id) select s.id, p.id from staff s, project p"
				+ " where s.username = 'agent' and p.code = '" + PREFIX + "001'");
		jdbc.execute("create temporary table bench_household as select row_number() over (order by h.id) - 1 as n,"
				+ " h.id, b.project_id, b.id as building_id, r.id as resident_id, r.name, r.mobile,"
				+ " b.name || u.name || h.room as address from household h join unit u on u.id = h.unit_id"
				+ " join building b on b.id = u.building_id join project p on p.id = b.project_id"
				+ " join resident r on r.household_id = h.id where p.code like '" + PREFIX + "%'");
		jdbc.execute("create unique index on bench_household (n)");
		List<LabelledText> corpus = Corpus.shipped();
		jdbc.execute("create temporary table bench_text (n integer primary key, content varchar(10000), topic varchar(40),"
				+ " urgency varchar(20))");
		jdbc.batchUpdate("insert into bench_text values (?, ?, ?, ?)", corpus.stream()
			.map(t -> new Object[] { corpus.indexOf(t), t.text(), t.topic(), t.urgency() }).toList());
		jdbc.execute("create temporary table bench_topic as select code as topic, category, department from triage_topic");
		List<Long> staff = jdbc.queryForList("select s.id from staff s join staff_role r on r.staff_id = s.id"
				+ " where r.role in ('AGENT', 'STAFF') order by s.id", Long.class);
		long minutes = 3L * 365 * 24 * 60;
		if (complaints / (3 * 365) > 4_000) { // numbers are TSyyyymmdd-5000 to -9999, above what a day takes live
			throw new IllegalArgumentException("at most 4,000 complaints a day over three years: " + complaints);
		}
		int householdCount = jdbc.queryForObject("select count(*) from bench_household", Integer.class);
		jdbc.update("""
				insert into complaint (number, project_id, building_id, household_id, resident_id, complainant_name,
				  complainant_phone, complainant_address, channel, received_at, recorded_at, title, content, topic,
				  category, department, urgency, nature, status, assignee_id, escalation_level, assigned_at,
				  resolved_at, closed_at, intake_millis)
				select 'TS' || to_char(t.at at time zone 'Asia/Shanghai', 'YYYYMMDD') || '-' || (5000 + g % 5000), h.project_id, h.building_id, h.id, h.resident_id, h.name, h.mobile,
				  h.address, (array['PHONE','WEB','WECHAT','APP','WALK_IN','EMAIL'])[1 + g % 6], t.at,
				  t.at + interval '2 minutes', left(x.content, 40), x.content, x.topic, coalesce(tp.category, 'OTHER'),
				  coalesce(tp.department, 'CUSTOMER_SERVICE'), x.urgency, (array['VALID','HELP','CONSULT','VENT'])[1 + g % 4],
				  s.status, case when s.status = 'RECEIVED' then null else (?::bigint[])[1 + g % ?] end,
				  case when s.open and g % 40 = 0 then 1 else 0 end, t.at + interval '8 minutes',
				  case when s.status in ('RESOLVED', 'CLOSED') then t.at + (4 + g % 90) * interval '1 hour' end,
				  case when s.status = 'CLOSED' then t.at + (30 + g % 90) * interval '1 hour' end, (g % 900) * 100
				from generate_series(1, ?) g
				join bench_household h on h.n = (g::bigint * 7919) % ?
				join bench_text x on x.n = g % ?
				left join bench_topic tp on tp.topic = x.topic,
				lateral (select now() - (g::bigint * ? / ?) * interval '1 minute' as at) t,
				lateral (select case when t.at > now() - interval '3 days'
				  then (array['RECEIVED','ASSIGNED','IN_PROGRESS','IN_PROGRESS','ON_HOLD','RESOLVED','REOPENED'])[1 + g % 7]
				  when g % 20 = 0 then 'CANCELLED' else 'CLOSED' end as status) s0,
				lateral (select s0.status, s0.status not in ('RESOLVED', 'CLOSED', 'CANCELLED') as open) s""",
				staff.toArray(Long[]::new), staff.size(), complaints, householdCount, corpus.size(), minutes, complaints);
		clocksFeedbackAndFlags(jdbc, "c.household_id in (select id from bench_household)");
		jdbc.execute("drop table bench_household");
		jdbc.execute("drop table bench_text");
		jdbc.execute("drop table bench_topic");
		jdbc.execute("analyze");
	}

	/**
	 * Deadline clocks for the complaints {@code where} selects (a condition on {@code c}), a feedback
	 * request for every third resolved one (half answered), a repeat flag for one in twenty.
	 */
	static void clocksFeedbackAndFlags(JdbcTemplate jdbc, String where) {
		jdbc.update("""
				insert into sla_clock (complaint_id, project_id, department, assignee_id, topic, urgency, state, received_at,
				  first_contact_due, first_contacted_at, resolution_started_at, resolution_due, resolved_at,
				  resolution_warned, resolution_breached)
				select c.id, c.project_id, c.department, c.assignee_id, c.topic, c.urgency,
				  case when c.status in ('RESOLVED', 'CLOSED', 'CANCELLED') then c.status else 'OPEN' end,
				  c.received_at, c.received_at + interval '1 hour', c.received_at + (c.id % 90) * interval '1 minute',
				  c.received_at, c.received_at + interval '48 hours', c.resolved_at,
				  c.resolved_at is null and c.received_at < now() - interval '36 hours',
				  coalesce(c.resolved_at, now()) > c.received_at + interval '48 hours'
				from complaint c""" + " where " + where);
		jdbc.update("""
				insert into feedback_request (complaint_id, round, project_id, department, topic, assignee_id, resolved_at,
				  callback_due, state, rated_at, stars)
				select c.id, 0, c.project_id, c.department, c.topic, c.assignee_id, c.resolved_at,
				  c.resolved_at + interval '3 days', case when c.id % 2 = 0 then 'ANSWERED' else 'NO_FEEDBACK' end,
				  case when c.id % 2 = 0 then c.resolved_at + interval '1 day' end,
				  case when c.id % 2 = 0 then 1 + c.id % 5 end
				from complaint c where c.resolved_at is not null and c.id % 3 = 0""" + " and " + where);
		jdbc.update("insert into complaint_flag (complaint_id, flag) select c.id, 'REPEAT' from complaint c"
				+ " where c.id % 20 = 0 and " + where);
	}

}
