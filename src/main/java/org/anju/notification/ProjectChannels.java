package org.anju.notification;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which channels a project uses to reach its residents: all of them unless a manager switched one
 * off (a project without a WeChat account, say). The in-app inbox cannot be switched off.
 */
@Component
class ProjectChannels {

	private final JdbcTemplate jdbc;

	ProjectChannels(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Set<ChannelKind> enabled(long projectId) {
		Set<ChannelKind> enabled = EnumSet.allOf(ChannelKind.class);
		jdbc.queryForList("select channel from notification_channel_off where project_id = ?", String.class, projectId)
			.forEach(c -> enabled.remove(ChannelKind.valueOf(c)));
		return enabled;
	}

	void set(long projectId, Set<ChannelKind> enabled) {
		jdbc.update("delete from notification_channel_off where project_id = ?", projectId);
		EnumSet<ChannelKind> on = EnumSet.noneOf(ChannelKind.class);
		on.addAll(enabled);
		List<Object[]> off = EnumSet.complementOf(on).stream()
			.filter(c -> c != ChannelKind.INBOX)
			.map(c -> new Object[] { projectId, c.name() })
			.toList();
		jdbc.batchUpdate("insert into notification_channel_off (project_id, channel) values (?, ?)", off);
	}

	/** The recipient with only the channels the project uses. */
	Recipient restrict(Recipient recipient, long projectId) {
		Set<ChannelKind> enabled = enabled(projectId);
		Map<ChannelKind, String> addresses = new LinkedHashMap<>();
		recipient.addresses().forEach((kind, address) -> {
			if (enabled.contains(kind)) {
				addresses.put(kind, address);
			}
		});
		return new Recipient(recipient.type(), recipient.id(), recipient.name(), recipient.householdId(), addresses);
	}

}
