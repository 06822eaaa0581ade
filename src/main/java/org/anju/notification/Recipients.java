package org.anju.notification;

import java.util.LinkedHashMap;
import java.util.Map;

import org.anju.directory.ContactChannel;
import org.anju.directory.ResidentRef;
import org.anju.notification.Message.RecipientType;

/** How to reach a resident: the preferred channel first, then every other channel they have, the inbox last. */
final class Recipients {

	private Recipients() {
	}

	static Recipient resident(ResidentRef r) {
		Map<ChannelKind, String> addresses = new LinkedHashMap<>();
		if (r.preferredChannel() == ContactChannel.EMAIL && r.email() != null) {
			addresses.put(ChannelKind.EMAIL, r.email());
		}
		if (r.preferredChannel() == ContactChannel.WECHAT && r.wechatOpenId() != null && !r.wechatOpenId().isBlank()) {
			addresses.put(ChannelKind.WECHAT, r.wechatOpenId());
		}
		if (r.preferredChannel() == ContactChannel.MINIAPP && r.miniappOpenId() != null && !r.miniappOpenId().isBlank()) {
			addresses.put(ChannelKind.MINIAPP, r.miniappOpenId());
		}
		if (r.preferredChannel() == ContactChannel.APP) {
			addresses.put(ChannelKind.INBOX, String.valueOf(r.id()));
		}
		if (r.mobile() != null) {
			addresses.put(ChannelKind.SMS, r.mobile());
		}
		if (r.email() != null) {
			addresses.putIfAbsent(ChannelKind.EMAIL, r.email());
		}
		addresses.putIfAbsent(ChannelKind.INBOX, String.valueOf(r.id()));
		return new Recipient(RecipientType.RESIDENT, r.id(), r.name(), r.household().id(), addresses);
	}

}
