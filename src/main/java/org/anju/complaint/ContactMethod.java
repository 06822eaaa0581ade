package org.anju.complaint;

/** How staff reached the owner. */
public enum ContactMethod {

	PHONE, VISIT, WECHAT, SMS, EMAIL, LETTER

}
