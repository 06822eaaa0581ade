package org.anju.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A column of a roster file, known by its Chinese or its English header (case does not matter). */
enum RosterColumn {

	BUILDING("楼栋", "building", true),
	UNIT("单元", "unit", true),
	ROOM("房号", "room", true),
	FLOOR("楼层", "floor", false),
	AREA("面积", "area", false),
	NAME("姓名", "name", false),
	RELATION("关系", "relation", false),
	MOBILE("手机", "mobile", false),
	EMAIL("邮箱", "email", false),
	WECHAT_OPEN_ID("微信openid", "wechat_open_id", false),
	PREFERRED_CHANNEL("首选渠道", "preferred_channel", false);

	private final String chinese;

	private final String english;

	private final boolean required;

	RosterColumn(String chinese, String english, boolean required) {
		this.chinese = chinese;
		this.english = english;
		this.required = required;
	}

	static Optional<RosterColumn> byHeader(String header) {
		String wanted = header.toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(c -> c.chinese.equals(wanted) || c.english.equals(wanted)).findFirst();
	}

	boolean isRequired() {
		return required;
	}

	/** Both headers, e.g. "楼栋/building", for columns the file lacks. */
	String label() {
		return chinese + "/" + english;
	}

}
