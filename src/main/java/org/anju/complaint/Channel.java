package org.anju.complaint;

/** How the complaint reached the company. */
public enum Channel {

	PHONE, EMAIL, WEB, WECHAT, APP, WALK_IN, LETTER, HOTLINE_12345, OTHER

}
