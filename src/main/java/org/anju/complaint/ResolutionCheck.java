package org.anju.complaint;

import java.util.List;

/**
 * Something another module requires before a complaint may be resolved — the playbook's required
 * records (an entrapment's duration, the crew's arrival). Implemented by that module; the
 * complaint desk asks every one and refuses the resolution (409) while anything is missing.
 */
public interface ResolutionCheck {

	/** What is still missing, in words staff understand; empty when nothing is. */
	List<String> missingBeforeResolve(long complaintId);

}
