package org.probatio.calendar.rules;

import java.time.LocalDate;
import java.util.List;
import org.probatio.calendar.rules.HolidayChange.Added;
import org.probatio.calendar.rules.HolidayChange.Removed;

/**
 * The one-off changes to the England and Wales bank holidays since 2000, as proclaimed. Changes
 * announced later are added by administrators and kept in the database, not here.
 */
public final class OneOffChanges {

  /** Every one-off change since 2000, in date order of the change's rule date. */
  public static final List<HolidayChange> ENGLAND_AND_WALES = List.of(
      new Removed(LocalDate.of(2002, 5, 27), "Spring bank holiday moved to 4 June for the Queen’s Golden Jubilee"),
      new Added(LocalDate.of(2002, 6, 3), "Queen’s Golden Jubilee", "One-off: the Queen’s Golden Jubilee"),
      new Added(LocalDate.of(2002, 6, 4), "Spring bank holiday", "Moved from 27 May for the Queen’s Golden Jubilee"),
      new Added(LocalDate.of(2011, 4, 29), "Royal wedding", "One-off: the wedding of Prince William and Catherine Middleton"),
      new Removed(LocalDate.of(2012, 5, 28), "Spring bank holiday moved to 4 June for the Queen’s Diamond Jubilee"),
      new Added(LocalDate.of(2012, 6, 4), "Spring bank holiday", "Moved from 28 May for the Queen’s Diamond Jubilee"),
      new Added(LocalDate.of(2012, 6, 5), "Queen’s Diamond Jubilee", "One-off: the Queen’s Diamond Jubilee"),
      new Removed(LocalDate.of(2020, 5, 4), "Early May bank holiday moved to 8 May for the 75th anniversary of VE day"),
      new Added(LocalDate.of(2020, 5, 8), "Early May bank holiday (VE day)", "Moved from 4 May for the 75th anniversary of VE day"),
      new Removed(LocalDate.of(2022, 5, 30), "Spring bank holiday moved to 2 June for the Queen’s Platinum Jubilee"),
      new Added(LocalDate.of(2022, 6, 2), "Spring bank holiday", "Moved from 30 May for the Queen’s Platinum Jubilee"),
      new Added(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday", "One-off: the Queen’s Platinum Jubilee"),
      new Added(LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II",
          "One-off: the State Funeral of Queen Elizabeth II"),
      new Added(LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III",
          "One-off: the coronation of King Charles III"));

  private OneOffChanges() {}
}
