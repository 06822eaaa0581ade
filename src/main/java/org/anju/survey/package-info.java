/**
 * Survey: the quarterly satisfaction survey (季度满意度调查). Questionnaires on the nine service
 * elements, a seeded random sample of at least a share of each project's occupied households per
 * quarter (avoiding households sampled in the previous quarters), invitations and a reminder
 * through the notification outbox, answers from owners or entered by staff after a phone call,
 * anonymous results with the change from the previous quarter, and follow-up tasks for low
 * scores. Public API: {@link org.anju.survey.Surveys#summary(long)} for the public board.
 */
@ApplicationModule(displayName = "Survey")
package org.anju.survey;

import org.springframework.modulith.ApplicationModule;
