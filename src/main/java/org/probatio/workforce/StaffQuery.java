package org.probatio.workforce;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which staff to list, a page at a time, by surname and forename.
 *
 * @param providerCodes only staff of these providers; null for every provider (an empty set finds nobody)
 * @param teamCode only this team's staff, when given
 * @param name part of a name or a staff code, when given
 * @param includeLeavers whether staff whose last working day has passed are listed too
 * @param page from 0
 */
public record StaffQuery(@Nullable Set<String> providerCodes, @Nullable String teamCode, @Nullable String name,
    boolean includeLeavers, int page, int size) {

  public static final int MAX_PAGE_SIZE = 200;
}
