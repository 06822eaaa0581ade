package org.anju.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.anju.platform.web.FieldError;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaire builder. Questionnaires are frozen: "changing" one creates the next version of
 * its name, and rounds keep the version they were drawn with. The shipped default (the nine
 * elements) comes from the migration.
 */
@Service
@Transactional
class Questionnaires {

	/** The name of the shipped nine-element questionnaire; its latest version is the default. */
	static final String DEFAULT_NAME = "物业服务满意度调查";

	private final QuestionnaireRepository questionnaires;

	private final Clock clock;

	Questionnaires(QuestionnaireRepository questionnaires, Clock clock) {
		this.questionnaires = questionnaires;
		this.clock = clock;
	}

	View create(String name, List<QuestionView> questions, String by) {
		List<FieldError> errors = new ArrayList<>();
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			errors.add(new FieldError("name", "is required, at most 100 characters"));
		}
		if (questions == null || questions.isEmpty() || questions.size() > 30) {
			errors.add(new FieldError("questions", "1 to 30 questions"));
		}
		Set<String> elements = new HashSet<>();
		List<Question> built = new ArrayList<>();
		for (int i = 0; questions != null && i < questions.size(); i++) {
			QuestionView q = questions.get(i);
			String at = "questions[" + i + "].";
			if (q.element() == null || !q.element().matches("[A-Z][A-Z0-9_]{1,29}")) {
				errors.add(new FieldError(at + "element", "an upper-case code such as ATTITUDE"));
			}
			else if (!elements.add(q.element())) {
				errors.add(new FieldError(at + "element", "appears twice"));
			}
			if (q.textZh() == null || q.textZh().isBlank() || q.textZh().length() > 200) {
				errors.add(new FieldError(at + "textZh", "is required, at most 200 characters"));
			}
			if (q.textEn() == null || q.textEn().isBlank() || q.textEn().length() > 200) {
				errors.add(new FieldError(at + "textEn", "is required, at most 200 characters"));
			}
			built.add(new Question(q.element(), strip(q.textZh()), strip(q.textEn()), q.comment()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		int number = questionnaires.findFirstByNameOrderByNumberDesc(name.strip()).map(Questionnaire::getNumber)
			.orElse(0) + 1;
		return View.of(questionnaires.saveAndFlush(new Questionnaire(name.strip(), number, built, clock.instant(), by)));
	}

	@Transactional(readOnly = true)
	List<View> all() {
		return questionnaires.findAllByOrderByNameAscNumberDesc().stream().map(View::of).toList();
	}

	@Transactional(readOnly = true)
	Questionnaire get(long id) {
		return questionnaires.findById(id).orElseThrow(() -> new NotFoundException("Questionnaire", id));
	}

	@Transactional(readOnly = true)
	Questionnaire standard() {
		return questionnaires.findFirstByNameOrderByNumberDesc(DEFAULT_NAME)
			.orElseThrow(() -> new NotFoundException("Questionnaire", DEFAULT_NAME));
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}

	/** A questionnaire as the API shows it. */
	record View(long id, String name, int version, List<QuestionView> questions, Instant createdAt, String createdBy) {

		static View of(Questionnaire q) {
			return new View(q.getId(), q.getName(), q.getNumber(), q.getQuestions().stream().map(QuestionView::of).toList(),
					q.getCreatedAt(), q.getCreatedBy());
		}

	}

	/** A question: its element code, its text in Chinese and English, scored 1 to 5, with or without a comment. */
	record QuestionView(String element, String textZh, String textEn, boolean comment) {

		static QuestionView of(Question q) {
			return new QuestionView(q.element(), q.textZh(), q.textEn(), q.commentAllowed());
		}

	}

}
