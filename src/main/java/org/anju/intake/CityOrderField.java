package org.anju.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A field of a 12345 work order: its JSON name, which a file may also use as its column header,
 * and the headers of the city platform's exports (工单编号, 办结时限 …). Only the category may be left out.
 */
enum CityOrderField {

	ORDER_NUMBER("orderNumber", 60, "工单编号", "工单号"),
	RECEIVED_AT("receivedAt", 40, "受理时间", "来电时间"),
	DUE_AT("dueAt", 40, "办结时限", "办理时限"),
	CALLER_NAME("callerName", 60, "来电人", "来电人姓名", "诉求人"),
	CALLER_PHONE("callerPhone", 30, "联系电话", "来电号码"),
	ADDRESS("address", 200, "地址", "诉求地址", "事发地址"),
	CONTENT("content", 10000, "诉求内容", "工单内容"),
	CATEGORY("category", 60, "诉求类别", "问题分类");

	private final String key;

	private final int maxLength;

	private final List<String> headers;

	CityOrderField(String key, int maxLength, String... headers) {
		this.key = key;
		this.maxLength = maxLength;
		this.headers = List.of(headers);
	}

	/** The field a column header names: a Chinese header, or the JSON name in any case. */
	static Optional<CityOrderField> byHeader(String header) {
		String wanted = header.strip();
		return Arrays.stream(values())
			.filter(f -> f.headers.contains(wanted) || f.key.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
			.findFirst();
	}

	String key() {
		return key;
	}

	int maxLength() {
		return maxLength;
	}

	boolean isRequired() {
		return this != CATEGORY;
	}

	/** The first Chinese header with the JSON name, e.g. "工单编号/orderNumber", for columns a file lacks. */
	String label() {
		return headers.get(0) + "/" + key;
	}

}
