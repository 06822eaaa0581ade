package org.anju.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionnaireRepository extends JpaRepository<Questionnaire, Long> {

	Optional<Questionnaire> findFirstByNameOrderByNumberDesc(String name);

	List<Questionnaire> findAllByOrderByNameAscNumberDesc();

}
