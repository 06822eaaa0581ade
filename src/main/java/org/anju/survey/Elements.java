package org.anju.survey;

import java.util.Map;

/** The short names of the nine service elements (九要素), for results; other codes show their code. */
final class Elements {

	private static final Map<String, String[]> NAMES = Map.of(
			"ATTITUDE", new String[] { "服务态度", "Attitude" },
			"EQUIPMENT", new String[] { "设施设备", "Equipment" },
			"SKILLS", new String[] { "专业技能", "Skills" },
			"SERVICE_ITEMS", new String[] { "服务项目", "Service items" },
			"METHODS", new String[] { "服务方式", "Methods" },
			"PROCEDURES", new String[] { "服务流程", "Procedures" },
			"FEES", new String[] { "收费", "Fees" },
			"RULES", new String[] { "规章制度", "Rules" },
			"EFFICIENCY", new String[] { "办事效率", "Efficiency" });

	private Elements() {
	}

	static String zh(String code) {
		return NAMES.containsKey(code) ? NAMES.get(code)[0] : code;
	}

	static String en(String code) {
		return NAMES.containsKey(code) ? NAMES.get(code)[1] : code;
	}

}
