package org.anju.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.anju.AnjuApplication;
import org.anju.knowledge.KnowledgeSearch;
import org.anju.knowledge.KnowledgeSearch.Similar;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Similar past complaints over many complaints: starts Anju with its demo data on a fresh embedded
 * H2 database (or the database {@code DB_URL} names), adds {@code count} complaints to the demo
 * project straight into the tables — texts put together from phrase pools of twelve topics (place,
 * subject, problem, since when, what the owner wants), nine in ten closed or resolved with a
 * resolution, a third of those rated — rebuilds the search index from the database (timed), then
 * times {@link KnowledgeSearch#similar} for {@code queries} random complaints after a warm-up:
 * the whole call as the console makes it (the access check, the Lucene query, the stars of each
 * result), median, p95, p99 and max.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.anju.bench.SearchBench \
 *     -Dexec.args="100000 200"   # complaints, timed queries</pre>
 */
public final class SearchBench {

	private static final String[] PLACES = { "1栋", "2栋", "3栋", "5栋", "6栋", "8栋", "2单元", "地下车库", "小区东门",
			"中心花园", "会所旁边", "12楼走廊", "一楼大堂", "北门岗亭", "儿童游乐区" };

	private static final String[] SINCE = { "", "这几天", "最近一个月", "昨天晚上", "今天早上", "从上周开始", "已经三天了",
			"每天晚上", "周末", "反映过好几次" };

	private static final String[] ASKS = { "", "请尽快处理", "希望物业给个说法", "请派人来看看", "麻烦跟进一下",
			"再不处理就打12345", "请给个处理时间", "希望彻底解决" };

	/** Per topic: subjects, problems, resolutions. */
	private static final Object[][] TOPICS = {
			{ "ELEVATOR_FAULT", new String[] { "电梯", "2号电梯", "货梯", "电梯按钮", "电梯门" },
					new String[] { "经常停在半层", "门关不上", "运行时异响很大", "按钮没反应", "停运了没人修", "晃得厉害" },
					new String[] { "维保单位更换门机板，已恢复运行", "更换按钮面板并检测合格", "调整曳引机并做安全检测",
							"联系维保公司维修，恢复运行" } },
			{ "WATER_LEAK", new String[] { "卫生间天花板", "厨房墙面", "楼上", "水管", "外墙" },
					new String[] { "漏水", "一直渗水", "滴水不停", "发霉起皮", "水管爆裂" },
					new String[] { "查明楼上防水层破损，协调楼上业主修复", "更换破裂水管并清理积水", "外墙打胶修补",
							"工程部上门堵漏" } },
			{ "NOISE", new String[] { "楼上装修", "广场舞", "空调外机", "KTV", "水泵房" },
					new String[] { "噪音太大", "半夜还在响", "吵得睡不着", "中午施工", "音响声音很大" },
					new String[] { "秩序维护员上门劝导，装修时间已规范", "与广场舞队协商降低音量并调整时间",
							"水泵加装减震垫", "发整改通知并巡查" } },
			{ "PARKING_OCCUPIED", new String[] { "我的车位", "固定车位", "消防通道", "充电车位", "访客车位" },
					new String[] { "被外来车辆占用", "总被别人停", "被堵住出不去", "停满了僵尸车", "被装了地锁" },
					new String[] { "联系车主挪车并张贴提醒", "加装车位锁", "拖移僵尸车并公示", "加强车库巡查" } },
			{ "PROPERTY_FEE", new String[] { "物业费", "公摊水电费", "停车管理费", "装修押金", "缴费账单" },
					new String[] { "收费不透明", "多收了钱", "涨价没有公示", "发票一直没开", "退款迟迟不到" },
					new String[] { "财务核对账单并退还多收部分", "公示收费明细", "补开发票并寄送", "解释收费标准" } },
			{ "CLEANING", new String[] { "楼道", "电梯轿厢", "地下车库", "大堂", "楼梯间" },
					new String[] { "很久没打扫", "有异味", "地面很脏", "扶手都是灰", "有呕吐物没人清理" },
					new String[] { "保洁加派人手并每日巡检", "全面清洁消毒", "调整保洁排班", "清理完毕并拍照反馈" } },
			{ "GARBAGE", new String[] { "垃圾桶", "垃圾房", "建筑垃圾", "厨余垃圾", "大件垃圾" },
					new String[] { "满了没人清", "臭气熏天", "堆在楼道", "分类混乱", "招来很多苍蝇" },
					new String[] { "增加清运频次", "垃圾房冲洗消杀", "清运建筑垃圾并通知业主", "加派督导员" } },
			{ "PETS", new String[] { "邻居的狗", "流浪猫", "大型犬", "宠物", "遛狗的人" },
					new String[] { "不拴绳", "乱叫扰民", "随地大小便", "吓到小孩", "在电梯里不牵" },
					new String[] { "上门提醒文明养犬", "联系救助站处理流浪猫", "张贴文明养宠告示", "加强巡查劝导" } },
			{ "ACCESS_CONTROL", new String[] { "门禁", "单元门", "人脸识别", "门禁卡", "小区大门" },
					new String[] { "刷不开", "坏了一直开着", "识别不了", "外人随便进", "门锁失灵" },
					new String[] { "更换门禁读卡器", "重新录入人脸", "维修闭门器", "补办门禁卡" } },
			{ "LIGHTING", new String[] { "楼道灯", "路灯", "车库照明", "声控灯", "景观灯" },
					new String[] { "不亮了", "一闪一闪", "晚上很黑", "白天也开着", "坏了好久" },
					new String[] { "更换灯管和感应器", "检修线路恢复照明", "调整开关时间", "更换灯具" } },
			{ "GREENING", new String[] { "绿化带", "树枝", "草坪", "花坛", "大树" },
					new String[] { "挡住窗户", "很久没修剪", "被踩坏了", "打药味道很大", "树叶堵住下水道" },
					new String[] { "修剪树枝", "补种草皮", "调整打药时间并提前通知", "清理落叶" } },
			{ "STAFF_ATTITUDE", new String[] { "客服", "保安", "维修师傅", "管家", "前台" },
					new String[] { "态度很差", "不接电话", "推诿扯皮", "说话难听", "答应的事没做" },
					new String[] { "主管致歉并对员工进行培训", "调整管家并回访业主", "约谈当事员工", "公开致歉并整改" } } };

	private SearchBench() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int queries = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		Path data = Files.createTempDirectory("anju-search-bench");
		ConfigurableApplicationContext app = SpringApplication.run(AnjuApplication.class, "--server.port=0",
				"--anju.data-dir=" + data, "--anju.demo-data=true", "--logging.level.root=warn",
				"--anju.sla.scheduler.enabled=false", "--anju.notification.scheduler.enabled=false",
				"--anju.knowledge.search.scheduler.enabled=false");
		try {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			KnowledgeSearch search = app.getBean(KnowledgeSearch.class);
			long project = jdbc.queryForObject("select id from project where code = 'AJHY'", Long.class);
			long t0 = System.nanoTime();
			List<Long> ids = fill(jdbc, project, count);
			System.out.printf("database: %s%n", app.getEnvironment().getProperty("spring.datasource.url"));
			System.out.printf("seeded %,d complaints in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
			long t1 = System.nanoTime();
			int indexed = search.rebuild();
			double indexSeconds = (System.nanoTime() - t1) / 1e9;
			long bytes;
			try (Stream<Path> files = Files.walk(data.resolve("index"))) {
				bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
			}
			System.out.printf("indexed %,d complaints in %.1f s (%,.0f /s), index %.0f MB%n", indexed, indexSeconds,
					indexed / indexSeconds, bytes / 1e6);
			Actor manager = new Actor(1, "manager", "孙丽华", Set.of(Role.MANAGER), Set.of(project));
			Random random = new Random(7);
			for (int i = 0; i < 50; i++) {
				search.similar(ids.get(random.nextInt(ids.size())), manager, 5);
			}
			long[] nanos = new long[queries];
			int sameTopicFirst = 0;
			for (int i = 0; i < queries; i++) {
				long id = ids.get(random.nextInt(ids.size()));
				long s = System.nanoTime();
				List<Similar> similar = search.similar(id, manager, 5);
				nanos[i] = System.nanoTime() - s;
				String topic = jdbc.queryForObject("select topic from complaint where id = ?", String.class, id);
				if (!similar.isEmpty() && topic.equals(similar.get(0).topic())) {
					sameTopicFirst++;
				}
			}
			Arrays.sort(nanos);
			System.out.printf("similar(..., 5) over %,d complaints, %d queries: median %.1f ms, p95 %.1f ms, p99 %.1f ms,"
					+ " max %.1f ms; first result of the same topic: %d%%%n", indexed, queries, at(nanos, 50),
					at(nanos, 95), at(nanos, 99), nanos[queries - 1] / 1e6, 100 * sameTopicFirst / queries);
		}
		finally {
			app.close();
		}
	}

	/** Inserts the complaints (and a third of the finished ones' ratings) in batches; returns their ids. */
	static List<Long> fill(JdbcTemplate jdbc, long project, int count) {
		Random random = new Random(42);
		long first = jdbc.queryForObject("select coalesce(max(id), 0) from complaint", Long.class) + 1_000_000;
		Instant now = Instant.now();
		List<Long> ids = new ArrayList<>(count);
		List<Object[]> complaints = new ArrayList<>();
		List<Object[]> ratings = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long id = first + i;
			ids.add(id);
			Object[] topic = TOPICS[random.nextInt(TOPICS.length)];
			String subject = pick(random, (String[]) topic[1]);
			String text = pick(random, PLACES) + subject + pick(random, SINCE) + pick(random, (String[]) topic[2])
					+ "，" + (random.nextBoolean() ? pick(random, (String[]) topic[2]) + "，" : "") + pick(random, ASKS);
			int roll = random.nextInt(10);
			String status = roll < 7 ? "CLOSED" : roll < 9 ? "RESOLVED" : "IN_PROGRESS";
			String resolution = status.equals("IN_PROGRESS") ? null : pick(random, (String[]) topic[3]);
			Instant received = now.minus(Duration.ofMinutes(7L * (count - i)));
			complaints.add(new Object[] { id, String.format("TS2020%04d-%05d", 101 + i / 100_000, i % 100_000), project,
					"业主" + (i % 997), String.format("139%08d", i % 50_000), Timestamp.from(received),
					Timestamp.from(received), text.length() > 40 ? text.substring(0, 40) : text, text, topic[0],
					status, resolution, "FACILITY" });
			if (resolution != null && i % 3 == 0) {
				ratings.add(new Object[] { id, project, topic[0], 1 + random.nextInt(5), Timestamp.from(received) });
			}
			if (complaints.size() == 5_000 || i == count - 1) {
				jdbc.batchUpdate("insert into complaint (id, number, project_id, complainant_name, complainant_phone,"
						+ " channel, received_at, recorded_at, title, content, topic, department, urgency, nature, status,"
						+ " resolution, category, escalation_level) values (?, ?, ?, ?, ?, 'PHONE', ?, ?, ?, ?, ?,"
						+ " 'ENGINEERING', 'NORMAL', 'UNKNOWN', ?, ?, ?, 0)", complaints);
				jdbc.batchUpdate("insert into feedback_rating (complaint_id, round, project_id, topic, stars, solved,"
						+ " rated_at) values (?, 0, ?, ?, ?, true, ?)", ratings);
				complaints.clear();
				ratings.clear();
			}
		}
		jdbc.execute("analyze");
		return ids;
	}

	private static String pick(Random random, String[] pool) {
		return pool[random.nextInt(pool.length)];
	}

	private static double at(long[] sorted, double p) {
		return sorted[(int) Math.ceil(p / 100 * sorted.length) - 1] / 1e6;
	}

}
