package org.anju.directory;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyRepository extends JpaRepository<Company, Long> {

	boolean existsByCode(String code);

}
