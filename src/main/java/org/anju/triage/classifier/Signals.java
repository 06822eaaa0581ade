package org.anju.triage.classifier;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.anju.triage.Flag;

/**
 * High-precision rules over normalised text: the risk flags, and the few situations in which
 * the urgency is certain whatever the models say (someone trapped now, fire, smoke or gas,
 * water flooding homes or electrical rooms, a break-in under way).
 */
final class Signals {

	private static final Pattern EMOTION = Pattern.compile(
			"[!！]{2,}|[?？][!！]|再不(处理|解决|来|管|修)|忍无可忍|气死|受够了|垃圾物业|废物|混蛋|滚蛋|他妈|妈的|狗屁|黑心|去死|无能|不要脸|太过分|欺人太甚");

	private static final Pattern HOTLINE = Pattern.compile("12345|市长热线|市民热线|政府热线|住建局|街道办|房管局|信访");

	private static final Pattern MEDIA = Pattern.compile("媒体|曝光|记者|电视台|报社|抖音|微博|头条|小红书|发到网上|网上发|上新闻");

	private static final Pattern LAWYER = Pattern.compile("律师|起诉|法院|打官司|法律途径|诉讼|告你们");

	private static final Pattern COMPENSATION = Pattern.compile("赔偿|赔钱|索赔|补偿|赔给|照价赔|损失.{0,4}(谁|由)(负责|承担|赔)");

	private static final Pattern GROUP = Pattern.compile("联名|多位业主|很多业主|好多业主|众多业主|业主们|全体业主|业主群|集体投诉|多户|整栋楼|大家都");

	private static final Pattern TRAPPED = Pattern.compile(
			"(被困|困在|困住|关在|卡在|出不来|救命).{0,12}(电梯|梯|轿厢)|(电梯|梯|轿厢).{0,12}(困人|被困|困住|关住|卡住|出不来|救命|困了)");

	private static final Pattern TRAPPED_OVER = Pattern.compile("(已经|已|刚刚?|终于|才)(被)?(救|放|弄)?出来|已获救|救出来了|出来了|昨天|昨晚|前天|上次|上周|之前");

	private static final Pattern FIRE = Pattern.compile(
			"着火|起火|失火|火灾|火情|冒烟|浓烟|烟味|焦糊味|烧焦|燃气味|煤气味|天然气味|漏气|燃气泄漏|煤气泄漏|闻到.{0,4}(煤气|燃气)|有火|火苗|明火");

	private static final Pattern FLOOD = Pattern.compile(
			"(淹|漫|灌|涌|倒灌|冲)进.{0,4}(家|屋|房|室|配电|电房|电井|电梯井)|(家里|屋里|房间|客厅|卧室|配电房|配电室|电井)(被)?(淹|水漫|进水)|水漫金山|水淹");

	private static final Pattern BREAK_IN = Pattern.compile("(正在|有人在|还在).{0,6}(撬|偷|盗)|小偷.{0,4}(还在|正在)|入室.{0,4}(正在|现在)");

	private Signals() {
	}

	static Set<Flag> flags(String text) {
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		if (EMOTION.matcher(text).find()) {
			flags.add(Flag.HIGH_EMOTION);
		}
		if (HOTLINE.matcher(text).find()) {
			flags.add(Flag.THREATENS_12345);
		}
		if (MEDIA.matcher(text).find()) {
			flags.add(Flag.THREATENS_MEDIA);
		}
		if (LAWYER.matcher(text).find()) {
			flags.add(Flag.THREATENS_LAWYER);
		}
		if (COMPENSATION.matcher(text).find()) {
			flags.add(Flag.COMPENSATION);
		}
		if (GROUP.matcher(text).find()) {
			flags.add(Flag.GROUP_COMPLAINT);
		}
		return flags;
	}

	/** Whether the text describes a danger happening now. */
	static boolean emergency(String text) {
		return (TRAPPED.matcher(text).find() && !TRAPPED_OVER.matcher(text).find()) || FIRE.matcher(text).find()
				|| FLOOD.matcher(text).find() || BREAK_IN.matcher(text).find();
	}

}
