package org.anju.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;

/**
 * A questionnaire: ordered questions, each scored 1 to 5. It never changes once created, so that
 * the answers of every round stay comparable; a change is a new version under the same name.
 */
@Entity
@Table(name = "survey_questionnaire")
class Questionnaire extends BaseEntity {

	private String name;

	@Column(name = "questionnaire_version")
	private int number;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "survey_question", joinColumns = @JoinColumn(name = "questionnaire_id"))
	@OrderColumn(name = "question_no")
	private List<Question> questions = new ArrayList<>();

	private Instant createdAt;

	private String createdBy;

	protected Questionnaire() {
	}

	Questionnaire(String name, int number, List<Question> questions, Instant createdAt, String createdBy) {
		this.name = name;
		this.number = number;
		this.questions = new ArrayList<>(questions);
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	String getName() {
		return name;
	}

	int getNumber() {
		return number;
	}

	List<Question> getQuestions() {
		return List.copyOf(questions);
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	String getCreatedBy() {
		return createdBy;
	}

}
