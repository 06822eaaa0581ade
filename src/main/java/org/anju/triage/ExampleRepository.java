package org.anju.triage;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExampleRepository extends JpaRepository<Example, Long> {
}
