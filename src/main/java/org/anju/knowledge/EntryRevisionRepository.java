package org.anju.knowledge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EntryRevisionRepository extends JpaRepository<EntryRevision, Long> {

	/** The latest revision of every entry, the company's and every project's. */
	@Query("""
			select e from EntryRevision e where e.revision = (select max(x.revision) from EntryRevision x
			where x.code = e.code and (x.projectId = e.projectId or (x.projectId is null and e.projectId is null)))
			order by e.code""")
	List<EntryRevision> latest();

	@Query("select max(e.id) from EntryRevision e")
	Long lastId();

	@Query("select e from EntryRevision e where e.code = ?1 order by e.revision")
	List<EntryRevision> history(String code);

}
