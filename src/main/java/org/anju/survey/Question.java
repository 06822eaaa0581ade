package org.anju.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One question of a questionnaire: the element it measures (1 to 5) and its text in both languages. */
@Embeddable
class Question {

	private String element;

	private String textZh;

	private String textEn;

	@Column(name = "comment_allowed")
	private boolean commentAllowed;

	protected Question() {
	}

	Question(String element, String textZh, String textEn, boolean commentAllowed) {
		this.element = element;
		this.textZh = textZh;
		this.textEn = textEn;
		this.commentAllowed = commentAllowed;
	}

	String element() {
		return element;
	}

	String textZh() {
		return textZh;
	}

	String textEn() {
		return textEn;
	}

	boolean commentAllowed() {
		return commentAllowed;
	}

}
