package org.probatio.workforce;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.probatio.workforce.internal.WorkforceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up and loads the organisation. */
@Service
@Transactional(readOnly = true)
public class Workforce {

  private final WorkforceRepository repository;

  Workforce(WorkforceRepository repository) {
    this.repository = repository;
  }

  public Optional<StaffMember> staffMember(String code) {
    return repository.staffMember(code);
  }

  /** These members of staff by code, those who have left included, read at once: for lists naming many. */
  public java.util.Map<String, StaffMember> staffMembers(Collection<String> codes) {
    return repository.staffMembers(codes).stream()
        .collect(java.util.stream.Collectors.toMap(StaffMember::code, member -> member));
  }

  /** The members of a team, by surname: everyone placed in it, those who have left included. */
  public List<StaffMember> teamMembers(String teamCode) {
    return repository.teamMembers(teamCode);
  }

  /**
   * The members of a team working on the day, by surname: started by then and not past their last
   * working day. Those are the staff to offer cases to.
   */
  public List<StaffMember> teamMembersWorkingOn(String teamCode, LocalDate day) {
    return repository.teamMembersWorkingOn(teamCode, day);
  }

  /** The staff of these grades working on the day, by code: for batch work over the whole workforce. */
  public List<StaffMember> staffWorkingOn(LocalDate day, Collection<Grade> grades) {
    return repository.staffWorkingOn(day, grades);
  }

  public Optional<DeliveryUnit> deliveryUnit(String code) {
    return repository.deliveryUnit(code);
  }

  public Optional<Provider> provider(String code) {
    return repository.provider(code);
  }

  public List<Provider> providers() {
    return repository.providers();
  }

  /** Every delivery unit, by provider code and then name. */
  public List<DeliveryUnit> deliveryUnits() {
    return repository.deliveryUnits();
  }

  /** The codes of the staff in the teams of a delivery unit. */
  public List<String> staffCodesIn(String deliveryUnitCode) {
    return repository.staffCodesIn(deliveryUnitCode);
  }

  public boolean hasAnyProvider() {
    return repository.countProviders() > 0;
  }

  /** Loads a whole organisation in one transaction, as the demo generator does. */
  @Transactional
  public void load(Organisation organisation) {
    repository.insert(organisation);
  }
}
