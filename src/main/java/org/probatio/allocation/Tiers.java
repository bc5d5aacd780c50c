package org.probatio.allocation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.internal.AllocationRepository;
import org.probatio.allocation.internal.CaseFacts;
import org.probatio.allocation.internal.TierRepository;
import org.probatio.allocation.policy.Fact;
import org.probatio.allocation.policy.TierInput;
import org.probatio.allocation.policy.TierModelV2;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.people.Gender;
import org.probatio.people.People;
import org.probatio.risk.RiskPicture;
import org.probatio.risk.RiskPictures;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's tier (model V2), kept current: recalculated when their risk changes, or for everyone
 * at once, streamed in CRN order and written in batches (never one query per person).
 */
@Service
public class Tiers {

  static final int BATCH = 1000;

  private final TierRepository tiers;
  private final AllocationRepository cases;
  private final People people;
  private final RiskPictures risk;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Tiers(TierRepository tiers, AllocationRepository cases, People people, RiskPictures risk, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.tiers = tiers;
    this.cases = cases;
    this.people = people;
    this.risk = risk;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** The person's current tier with every factor, if calculated and the user may see the record; audited. */
  @Transactional
  public Optional<CurrentTier> current(String crn) {
    if (!people.canSee(crn)) {
      return Optional.empty();
    }
    audit.record(AuditAction.VIEW, Allocations.AUDIT_SUBJECT, crn, Map.of("section", "tier"));
    return tiers.find(crn);
  }

  /** Calculates the person's tier from their record now, stores it, and says so when it changed. */
  @Transactional
  public Optional<CurrentTier> recalculate(String crn) {
    Optional<Gender> gender = genderOf(crn);
    if (gender.isEmpty()) {
      return Optional.empty();
    }
    CurrentTier current = calculate(crn, gender.get(), risk.of(crn), mandateFor(crn), clock.instant());
    Optional<String> before = tiers.tierCode(crn);
    tiers.save(List.of(current));
    if (before.isEmpty() || !before.get().equals(current.tier().code())) {
      events.publishEvent(new TierChanged(crn, before.orElse(null), current.tier().code()));
    }
    return Optional.of(current);
  }

  /**
   * Recalculates every person's tier in one pass; returns how many were calculated, and tells
   * {@code progress} the running total after each batch written.
   */
  @Transactional
  public int recalculateEveryone(IntConsumer progress) {
    Instant at = clock.instant();
    List<Map.Entry<String, Gender>> everyone = new ArrayList<>();
    people.forEachGender((crn, gender) -> everyone.add(Map.entry(crn, gender)));
    Map<String, Boolean> mandates = cases.mandatesByPerson();
    Batch batch = new Batch(at, mandates, progress);
    int[] next = {0};
    risk.forEach(picture -> {
      while (next[0] < everyone.size() && everyone.get(next[0]).getKey().compareTo(picture.crn()) < 0) {
        Map.Entry<String, Gender> without = everyone.get(next[0]++);
        batch.add(without.getKey(), without.getValue(), new RiskPicture(without.getKey(), null, null, List.of(), null));
      }
      if (next[0] < everyone.size() && everyone.get(next[0]).getKey().equals(picture.crn())) {
        batch.add(picture.crn(), everyone.get(next[0]++).getValue(), picture);
      }
    });
    while (next[0] < everyone.size()) {
      Map.Entry<String, Gender> without = everyone.get(next[0]++);
      batch.add(without.getKey(), without.getValue(), new RiskPicture(without.getKey(), null, null, List.of(), null));
    }
    batch.flush();
    return everyone.size();
  }

  private CurrentTier calculate(String crn, Gender gender, RiskPicture picture, @Nullable Fact<Boolean> mandate,
      Instant at) {
    TierInput input = CaseFacts.from(gender, picture, mandate).tierInput();
    return new CurrentTier(crn, TierModelV2.calculate(input), input, at);
  }

  private @Nullable Fact<Boolean> mandateFor(String crn) {
    return cases.latestCase(crn).map(c -> Fact.from(c.mandateForChange(), "sentence", c.sentenceDate())).orElse(null);
  }

  private Optional<Gender> genderOf(String crn) {
    return people.genderOf(crn);
  }

  /** Tiers waiting to be written, a batch at a time. */
  private final class Batch {
    private final Instant at;
    private final Map<String, Boolean> mandates;
    private final IntConsumer progress;
    private final List<CurrentTier> pending = new ArrayList<>(BATCH);
    private int written;

    Batch(Instant at, Map<String, Boolean> mandates, IntConsumer progress) {
      this.at = at;
      this.mandates = mandates;
      this.progress = progress;
    }

    void add(String crn, Gender gender, RiskPicture picture) {
      Boolean mandate = mandates.get(crn);
      pending.add(calculate(crn, gender, picture, mandate == null ? null : Fact.unsourced(mandate), at));
      if (pending.size() == BATCH) {
        flush();
      }
    }

    void flush() {
      tiers.save(pending);
      written += pending.size();
      pending.clear();
      progress.accept(written);
    }
  }
}
