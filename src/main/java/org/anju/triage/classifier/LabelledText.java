package org.anju.triage.classifier;

/** One complaint text with its correct topic and urgency: a training or evaluation example. */
public record LabelledText(String id, String text, String topic, String urgency) {
}
