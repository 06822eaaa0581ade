package org.anju.directory;

/** The channel on which a resident prefers to be told about their complaints. */
public enum ContactChannel {

	PHONE, SMS, WECHAT, MINIAPP, EMAIL, APP

}
