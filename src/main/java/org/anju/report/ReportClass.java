package org.anju.report;

import java.util.Set;

/**
 * The four-class view of the monthly report (设施设备 / 管理服务 / 收费 / 突发事件), from a
 * complaint's urgency, topic and category, first match wins: an EMERGENCY is an emergency
 * whatever it is about; the fee topics (property fee, parking fee, repair charge) are fees; the
 * FACILITY category is facilities; everything else — security, environment, service, other and
 * unclassified — is management service.
 */
public enum ReportClass {

	FACILITIES, MANAGEMENT_SERVICE, FEES, EMERGENCIES;

	/** The taxonomy's fee topics. */
	static final Set<String> FEE_TOPICS = Set.of("PROPERTY_FEE", "PARKING_FEE", "REPAIR_CHARGE");

	static ReportClass of(String urgency, String topic, String category) {
		if ("EMERGENCY".equals(urgency)) {
			return EMERGENCIES;
		}
		if (topic != null && FEE_TOPICS.contains(topic)) {
			return FEES;
		}
		if ("FACILITY".equals(category)) {
			return FACILITIES;
		}
		return MANAGEMENT_SERVICE;
	}

}
