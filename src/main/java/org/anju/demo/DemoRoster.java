package org.anju.demo;

import java.util.Random;

/**
 * A made-up but plausible roster for the demo project as CSV: six buildings of two units, twelve
 * floors with two flats each; every flat has an owner, many a family member or tenant. The same
 * seed gives the same people, so the README's examples stay true.
 */
final class DemoRoster {

	static final int BUILDINGS = 6;

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤";

	private static final String[] GIVEN = { "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
			"娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "文", "华", "建国", "志强", "玉兰", "海燕", "子涵", "浩然",
			"雨桐", "欣怡", "梓萱", "俊杰", "晓东", "丽华", "淑珍", "国庆", "春梅", "宇航", "思远", "佳怡", "嘉欣", "志明", "秋菊", "德华" };

	private DemoRoster() {
	}

	static String csv() {
		Random random = new Random(2026);
		StringBuilder csv = new StringBuilder("楼栋,单元,房号,楼层,面积,姓名,关系,手机,邮箱,首选渠道\n");
		int person = 0;
		for (int b = 1; b <= BUILDINGS; b++) {
			for (int u = 1; u <= 2; u++) {
				for (int floor = 1; floor <= 12; floor++) {
					for (int flat = 1; flat <= 2; flat++) {
						String address = b + "栋," + u + "单元," + (floor * 100 + flat) + "," + floor + ","
								+ (89 + random.nextInt(60)) + ".5,";
						String surname = name(random).substring(0, 1);
						csv.append(address).append(resident(random, surname, "业主", ++person)).append('\n');
						int extra = random.nextInt(10);
						if (extra < 4) {
							csv.append(address).append(resident(random, surname, "家属", ++person)).append('\n');
						}
						else if (extra < 6) {
							csv.append(address).append(resident(random, null, "租户", ++person)).append('\n');
						}
					}
				}
			}
		}
		return csv.toString();
	}

	private static String resident(Random random, String surname, String relation, int person) {
		String name = surname == null ? name(random) : surname + GIVEN[random.nextInt(GIVEN.length)];
		String mobile = "13" + (5 + random.nextInt(5)) + String.format("%08d", 10_000_000 + person * 7919);
		String[] channels = { "微信", "微信", "短信", "电话", "邮件" };
		String channel = channels[random.nextInt(channels.length)];
		String email = channel.equals("邮件") ? "owner" + person + "@example.com" : "";
		return name + "," + relation + "," + mobile + "," + email + "," + channel;
	}

	private static String name(Random random) {
		return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
	}

}
