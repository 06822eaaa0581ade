package org.anju.survey;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anju.platform.persistence.BaseEntity;

/**
 * A project's survey of one quarter: the questionnaire, the sampling parameters and the seed that
 * reproduces the sample, how many households were occupied, wanted and drawn, and by how many the
 * draw fell short of the share (households sampled in the lookback quarters are not drawn again).
 */
@Entity
@Table(name = "survey_round")
class Round extends BaseEntity {

	private long projectId;

	private String quarter;

	private int quarterIndex;

	private long questionnaireId;

	private long seed;

	private double share;

	private int lookback;

	private int occupied;

	private int target;

	private int sampled;

	private int shortfall;

	private Instant createdAt;

	private String createdBy;

	protected Round() {
	}

	Round(long projectId, Quarter quarter, long questionnaireId, long seed, double share, int lookback,
			Sampler.Draw draw, Instant createdAt, String createdBy) {
		this.projectId = projectId;
		this.quarter = quarter.toString();
		this.quarterIndex = quarter.index();
		this.questionnaireId = questionnaireId;
		this.seed = seed;
		this.share = share;
		this.lookback = lookback;
		this.occupied = draw.occupied();
		this.target = draw.target();
		this.sampled = draw.sample().size();
		this.shortfall = draw.shortfall();
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	long getProjectId() { return projectId; }
	String getQuarter() { return quarter; }
	int getQuarterIndex() { return quarterIndex; }
	long getQuestionnaireId() { return questionnaireId; }
	long getSeed() { return seed; }
	double getShare() { return share; }
	int getLookback() { return lookback; }
	int getOccupied() { return occupied; }
	int getTarget() { return target; }
	int getSampled() { return sampled; }
	int getShortfall() { return shortfall; }
	Instant getCreatedAt() { return createdAt; }
	String getCreatedBy() { return createdBy; }

}
