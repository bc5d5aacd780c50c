package org.probatio.workforce;

import java.util.List;

/** A complete organisation to load at once. */
public record Organisation(
    List<Provider> providers, List<DeliveryUnit> deliveryUnits, List<Team> teams, List<StaffMember> staff) {}
