package org.anju.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.complaint.Channel;
import org.anju.complaint.Complaint;
import org.anju.complaint.Complaints;
import org.anju.complaint.ContactMethod;
import org.anju.complaint.NewComplaint;
import org.anju.complaint.Visibility;
import org.anju.directory.BuildingRef;
import org.anju.directory.Directory;
import org.anju.knowledge.ComplaintPlaybook;
import org.anju.knowledge.PlaybookView;
import org.anju.directory.DirectorySetup;
import org.anju.directory.ProjectRef;
import org.anju.organisation.StaffDetails;
import org.anju.organisation.StaffRef;
import org.anju.organisation.Staffing;
import org.anju.platform.DemoMode;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of a demo installation (see {@link DemoMode}), fills the empty database with
 * a company, the project 安居花园, its roster, staff of every role (password {@value #PASSWORD})
 * and a dozen complaints in various states. Never runs on a database that already has a company.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "anju-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoMode demo;

	private final DirectorySetup setup;

	private final Directory directory;

	private final Staffing staffing;

	private final Complaints complaints;

	private final ComplaintPlaybook playbook;

	private final Clock clock;

	private final Map<String, Actor> staff = new HashMap<>();

	DemoData(DemoMode demo, DirectorySetup setup, Directory directory, Staffing staffing, Complaints complaints,
			ComplaintPlaybook playbook, Clock clock) {
		this.playbook = playbook;
		this.demo = demo;
		this.setup = setup;
		this.directory = directory;
		this.staffing = staffing;
		this.complaints = complaints;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || !setup.isEmpty()) {
			return;
		}
		long company = setup.createCompany("ANJU", "安居物业服务有限公司");
		ProjectRef project = setup.createProject(company, "AJHY", "安居花园", "广东省深圳市南山区安居路88号");
		setup.importRoster(project.id(), "demo.csv", DemoRoster.csv().getBytes(StandardCharsets.UTF_8));
		hireStaff(project.id(), directory.buildingsOf(project.id()));
		recordComplaints(project.id());
		log.info("Demo data created: project {} with staff logins agent, engineer, supervisor, manager, reviewer "
				+ "(password '{}')", project.name(), PASSWORD);
	}

	private void hireStaff(long projectId, List<BuildingRef> buildings) {
		Set<Long> east = Set.of(buildings.get(0).id(), buildings.get(1).id(), buildings.get(2).id());
		Set<Long> west = Set.of(buildings.get(3).id(), buildings.get(4).id(), buildings.get(5).id());
		hire(projectId, "agent", "王晓燕", "CUSTOMER_SERVICE", Role.AGENT, east);
		hire(projectId, "agent2", "刘婷", "CUSTOMER_SERVICE", Role.AGENT, west);
		hire(projectId, "engineer", "张建国", "ENGINEERING", Role.STAFF, east);
		hire(projectId, "engineer2", "李志强", "ENGINEERING", Role.STAFF, west);
		hire(projectId, "guard", "陈勇", "SECURITY", Role.STAFF, Set.of());
		hire(projectId, "cleaner", "黄秀英", "ENVIRONMENT", Role.STAFF, Set.of());
		hire(projectId, "cashier", "周敏", "FINANCE", Role.STAFF, Set.of());
		hire(projectId, "supervisor", "赵磊", "ENGINEERING", Role.SUPERVISOR, Set.of());
		hire(projectId, "manager", "孙丽华", null, Role.MANAGER, Set.of());
		hire(projectId, "reviewer", "吴芳", "CUSTOMER_SERVICE", Role.REVIEWER, Set.of());
	}

	private void hire(long projectId, String username, String name, String department, Role role,
			Set<Long> buildings) {
		StaffRef s = staffing.create(username, PASSWORD,
				new StaffDetails(name, null, null, department, Set.of(role), Set.of(projectId), buildings, true));
		staff.put(username, new Actor(s.id(), s.username(), s.displayName(), s.roles(), s.projectIds()));
	}

	/** Takes what the playbook requires recorded before the complaint may be resolved, in order. */
	private void takeRecords(long complaintId, Actor actor, String... values) {
		List<PlaybookView.RecordView> records = playbook.view(complaintId, actor).records();
		for (int i = 0; i < records.size(); i++) {
			playbook.record(complaintId, records.get(i).key(), values[Math.min(i, values.length - 1)], actor);
		}
	}

	/**
	 * Complaints as owners would send them: triage classifies and assigns each; the handler it
	 * chose (or, where triage left one unassigned, the usual handler) then works on it.
	 */
	private void recordComplaints(long projectId) {
		Actor agent = staff.get("agent");

		Complaint lift = complain(resident(projectId, 1), Channel.PHONE, 50, "3栋2单元电梯困人，一位老人被困在8楼和9楼之间，请马上派人");
		Actor engineer = handler(lift, "engineer");
		complaints.start(lift.getId(), null, engineer);
		complaints.recordContact(lift.getId(), ContactMethod.PHONE, "维修人员已到场，正在安抚被困老人", Visibility.PUBLIC, engineer);
		takeRecords(lift.getId(), engineer, "12", "接报后18分钟到场", "老人受到惊吓，无人受伤");
		complaints.resolve(lift.getId(), "12分钟后救出被困业主，电梯门锁故障已修复，维保单位复检合格", null, engineer);
		complaints.close(lift.getId(), "回访业主，表示满意", null, agent);

		Complaint leak = complain(resident(projectId, 2), Channel.WECHAT, 26, "楼上卫生间漏水，渗到我家天花板，已经两天了");
		Actor plumber = handler(leak, "engineer");
		complaints.start(leak.getId(), null, plumber);
		complaints.addNote(leak.getId(), "楼上业主出差，已联系其家人周六上门开门", Visibility.INTERNAL, plumber);

		Complaint noise = complain(resident(projectId, 3), Channel.APP, 5, "楼下装修每天早上七点就开始电钻，严重影响休息");
		handler(noise, "guard");

		complain(resident(projectId, 4), Channel.WEB, 2, "你好，想问一下上次反映的那个事情现在怎么样了");

		Complaint fee = complain(resident(projectId, 5), Channel.WALK_IN, 30, "本月物业费账单比上月多了一百多元，公摊水电费明细看不懂");
		Actor cashier = handler(fee, "cashier");
		complaints.start(fee.getId(), null, cashier);
		complaints.hold(fee.getId(), "等待供电局出具本月公摊电量明细", LocalDate.now(clock).plusDays(3), null, cashier);

		Complaint parking = complain(resident(projectId, 6), Channel.PHONE, 20, "我的固定车位又被一辆白色轿车占了，保安说找不到车主");
		Actor guard = handler(parking, "guard");
		complaints.start(parking.getId(), null, guard);
		complaints.resolve(parking.getId(), "已联系车主挪车，并在车位加装地锁提示", null, guard);

		Complaint attitude = complain(resident(projectId, 7), Channel.LETTER, 120, "前台工作人员态度冷淡，问问题爱答不理，说话很冲");
		Actor front = handler(attitude, "agent2");
		complaints.start(attitude.getId(), null, front);
		complaints.resolve(attitude.getId(), "已向业主致歉，并对前台人员进行服务礼仪培训", null, front);
		complaints.reopen(attitude.getId(), "业主表示之后去前台仍然遇到同样情况", null, staff.get("reviewer"));

		Complaint light = complain(resident(projectId, 8), Channel.WECHAT, 72, "2栋1单元6楼楼道灯坏了一个星期，晚上黑漆漆的");
		Actor electrician = handler(light, "engineer2");
		complaints.start(light.getId(), null, electrician);
		complaints.resolve(light.getId(), "已更换声控灯", null, electrician);
		complaints.close(light.getId(), "业主确认已修好", null, agent);

		complaints.register(new NewComplaint(projectId, null, null, "市民（12345转办）", "12345", "小区南门外",
				Channel.HOTLINE_12345, ago(8), null, "12345工单：小区南门外墙广告牌松动，担心掉落伤人，诉求：尽快加固", "南门",
				null, null), agent);

		Complaint duplicate = complain(resident(projectId, 9), Channel.EMAIL, 3, "电梯又停了，能不能快点修");
		complaints.cancel(duplicate.getId(), "与同一部电梯的另一投诉重复，已合并处理", null, staff.get("supervisor"));
	}

	private Complaint complain(long residentId, Channel channel, int hoursAgo, String content) {
		return complaints.register(new NewComplaint(null, residentId, null, null, null, null, channel, ago(hoursAgo),
				null, content, null, null, null), staff.get("agent"));
	}

	/** Whoever triage assigned the complaint to; if it left it unassigned, {@code usual} takes it. */
	private Actor handler(Complaint complaint, String usual) {
		if (complaint.getAssigneeId() == null) {
			complaints.assign(complaint.getId(), staff.get(usual).staffId(), null, null, staff.get("agent"));
			return staff.get(usual);
		}
		return staff.values().stream().filter(a -> a.staffId() == complaint.getAssigneeId()).findFirst().orElseThrow();
	}

	private long resident(long projectId, int n) {
		BuildingRef building = directory.buildingsOf(projectId).get(n % DemoRoster.BUILDINGS);
		return directory.residentsInBuilding(building.id()).get(n * 3).id();
	}

	private Instant ago(int hours) {
		return clock.instant().minus(Duration.ofHours(hours));
	}

}
