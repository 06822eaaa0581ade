package org.anju.complaint;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.anju.directory.ResidentRef;

/**
 * Where a registration check finds residents and households: the directory, one look-up each, or
 * for many requests at once ({@link Complaints#checkedProjects}) maps filled in two queries.
 */
record People(LongFunction<Optional<ResidentRef>> resident, LongFunction<Optional<HouseholdRef>> household) {

	static People of(Directory directory) {
		return new People(directory::resident, directory::household);
	}

	/** The residents and households these requests name, and the residents' households. */
	static People of(Directory directory, Collection<NewComplaint> requests) {
		Map<Long, ResidentRef> residents = byId(directory.residents(ids(requests, NewComplaint::residentId)),
				ResidentRef::id);
		Map<Long, HouseholdRef> households = byId(
				Stream.concat(directory.households(ids(requests, NewComplaint::householdId)).stream(),
						residents.values().stream().map(ResidentRef::household)).toList(),
				HouseholdRef::id);
		return new People(id -> Optional.ofNullable(residents.get(id)), id -> Optional.ofNullable(households.get(id)));
	}

	private static List<Long> ids(Collection<NewComplaint> requests, Function<NewComplaint, Long> id) {
		return requests.stream().map(id).filter(Objects::nonNull).distinct().toList();
	}

	private static <T> Map<Long, T> byId(List<T> refs, Function<T, Long> id) {
		return refs.stream().collect(Collectors.toMap(id, r -> r, (a, b) -> a));
	}

}
