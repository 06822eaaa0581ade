package org.anju.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.anju.platform.persistence.BaseEntity;

/** A person living in a household: owner, tenant or family member, with their contacts. */
@Entity
class Resident extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Household household;

	private String name;

	@Enumerated(EnumType.STRING)
	private Relation relation;

	private String mobile;

	private String email;

	private String wechatOpenId;

	private String miniappOpenId;

	@Enumerated(EnumType.STRING)
	private ContactChannel preferredChannel;

	private boolean active = true;

	protected Resident() {
	}

	Resident(Household household, ResidentDetails details) {
		this.household = household;
		update(details);
	}

	void update(ResidentDetails details) {
		this.name = details.name();
		this.relation = details.relation();
		this.mobile = details.mobile();
		this.email = details.email();
		this.wechatOpenId = details.wechatOpenId();
		this.miniappOpenId = details.miniappOpenId();
		this.preferredChannel = details.preferredChannel() != null ? details.preferredChannel()
				: ContactChannel.PHONE;
		this.active = details.active() == null || details.active();
	}

	/** Binding through the official account is the owner choosing WeChat: news of their complaints goes there. */
	void bindWechat(String openId) {
		this.wechatOpenId = openId;
		this.preferredChannel = ContactChannel.WECHAT;
	}

	Household getHousehold() {
		return household;
	}

	String getName() {
		return name;
	}

	Relation getRelation() {
		return relation;
	}

	String getMobile() {
		return mobile;
	}

	String getEmail() {
		return email;
	}

	String getWechatOpenId() {
		return wechatOpenId;
	}

	String getMiniappOpenId() {
		return miniappOpenId;
	}

	ContactChannel getPreferredChannel() {
		return preferredChannel;
	}

	boolean isActive() {
		return active;
	}

}
