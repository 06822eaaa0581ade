package org.anju.notification;

/** How a message travels. */
public enum ChannelKind {

	SMS, EMAIL, WECHAT, MINIAPP, INBOX

}
