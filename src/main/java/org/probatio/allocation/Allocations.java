package org.probatio.allocation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.internal.AllocationRepository;
import org.probatio.allocation.policy.AllocationFacts;
import org.probatio.allocation.policy.ConsideredFactor;
import org.probatio.allocation.policy.Provider;
import org.probatio.allocation.policy.ProviderDecision;
import org.probatio.allocation.policy.ProviderPolicies;
import org.probatio.allocation.policy.ProviderPolicy;
import org.probatio.allocation.policy.Tier;
import org.probatio.allocation.policy.TierModelV2;
import org.probatio.allocation.policy.TransformingRehabilitation2014;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.calendar.WorkingDayCalendar;
import org.probatio.people.FieldError;
import org.probatio.people.Gender;
import org.probatio.people.People;
import org.probatio.risk.RiskPicture;
import org.probatio.risk.RiskPictures;
import org.probatio.security.CaseScope;
import org.probatio.security.CurrentUser;
import org.probatio.web.Dates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Provider allocation: opening a case when a sentence is recorded, the allocation gate, deciding by
 * the policy in force (or overriding it with a reason and a senior practitioner's approval), and risk
 * escalation from a CRC to the NPS. Every decision is stored with its factors and facts.
 */
@Service
public class Allocations {

  static final String AUDIT_SUBJECT = "person";
  static final String ESCALATION_DECIDER = "system (risk escalation referral)";

  private final AllocationRepository repository;
  private final People people;
  private final RiskPictures risk;
  private final ReceivingProviders receivingProviders;
  private final WorkingDayCalendar calendar;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ProviderPolicy policy;

  Allocations(AllocationRepository repository, People people, RiskPictures risk, ReceivingProviders receivingProviders,
      WorkingDayCalendar calendar, CurrentUser currentUser, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
      @Value("${probatio.allocation.policy:" + TransformingRehabilitation2014.VERSION + "}") String policyVersion) {
    this.repository = repository;
    this.people = people;
    this.risk = risk;
    this.receivingProviders = receivingProviders;
    this.calendar = calendar;
    this.currentUser = currentUser;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.policy = ProviderPolicies.byVersion(policyVersion);
  }

  /** The policy version in force, as configured. */
  public String policyVersion() {
    return policy.version();
  }

  /** Opens the case for a recorded sentence, due one working day after it; a repeat returns the same case. */
  @Transactional
  public AllocationCase open(NewCase newCase) {
    LocalDate dueOn = calendar.addWorkingDays(newCase.sentenceDate(), 1);
    return repository.open(newCase, dueOn, clock.instant());
  }

  /** Cases waiting for a provider at the user's courts, longest overdue first. */
  @Transactional(readOnly = true)
  public List<AllocationCase> awaiting() {
    CaseScope scope = currentUser.scope();
    return repository.awaiting(scope.providerCodes(), scope.allProviders());
  }

  /** Overrides waiting for a senior practitioner's approval at the user's courts. */
  @Transactional(readOnly = true)
  public List<AllocationDecision> awaitingApproval() {
    CaseScope scope = currentUser.scope();
    return repository.awaitingApproval(scope.providerCodes(), scope.allProviders());
  }

  /** The case, if it is at one of the user's courts and the user may see the person's record. */
  @Transactional(readOnly = true)
  public Optional<AllocationCase> allocationCase(long id) {
    return repository.findCase(id).filter(c -> currentUser.scope().covers(c.courtProviderCode()))
        .filter(c -> people.canSee(c.crn()));
  }

  /** What the policy would decide now, or why the gate is shut; the look is audited. */
  @Transactional
  public Optional<Proposal> propose(long caseId) {
    Optional<AllocationCase> found = allocationCase(caseId);
    found.ifPresent(c -> audit.record(AuditAction.VIEW, AUDIT_SUBJECT, c.crn(), Map.of("allocationCase", c.id())));
    return found.flatMap(this::proposal);
  }

  /**
   * Decides the case by the policy in force, or records an override for approval. The request key
   * makes a repeated submission return the first outcome; a case decided by someone else since
   * {@code seenVersion} is refused.
   */
  @Transactional
  public DecisionOutcome decide(long caseId, int seenVersion, @Nullable PolicyOverride override, String requestKey) {
    Optional<AllocationDecision> repeat = repository.decisionByKey(requestKey);
    if (repeat.isPresent()) {
      return outcomeOf(repeat.get());
    }
    Optional<AllocationCase> found = allocationCase(caseId);
    if (found.isEmpty()) {
      return new DecisionOutcome.NotFound();
    }
    AllocationCase c = found.get();
    Optional<String> taken = alreadyTaken(c, seenVersion);
    if (taken.isPresent()) {
      return new DecisionOutcome.AlreadyDecided(taken.get());
    }
    Optional<Proposal> proposal = proposal(c);
    if (proposal.isEmpty()) {
      return new DecisionOutcome.NotFound();
    }
    if (proposal.get() instanceof Proposal.Blocked blocked) {
      return new DecisionOutcome.Blocked(blocked.reason());
    }
    Proposal.Ready ready = (Proposal.Ready) proposal.get();
    if (override != null) {
      List<FieldError> problems = override.problems(ready.decision().provider());
      if (!problems.isEmpty()) {
        return new DecisionOutcome.Invalid(problems);
      }
    }
    Provider provider = override == null ? ready.decision().provider() : override.provider();
    ReceivingProvider receiving = override == null ? ready.receiving()
        : receivingProviders.forProvider(provider, c.courtProviderCode());
    LocalDate today = LocalDate.now(clock);
    AllocationDecision decision = new AllocationDecision(0, c.crn(), c.id(), DecisionKind.ALLOCATION,
        override == null ? DecisionStatus.FINAL : DecisionStatus.AWAITING_APPROVAL, ready.decision().policyVersion(),
        ready.decision().provider(), provider, receiving.code(), ready.decision().decidedBy(),
        withReceivingProvider(ready.decision(), receiving), facts(c, riskOf(c.crn())), ready.tier().code(),
        ready.roshAssessmentId(), currentUser.username(), clock.instant(),
        calendar.workingDaysBetween(c.sentenceDate(), today), override == null ? null : override.reason().strip(), null,
        null, null);
    long id = repository.insert(decision, requestKey);
    AllocationDecision stored = repository.decision(id).orElseThrow();
    audit.record(AuditAction.CREATE, AUDIT_SUBJECT, c.crn(), Map.of("allocationDecision", id, "provider",
        receiving.code(), "status", stored.status().name()));
    if (override != null) {
      return new DecisionOutcome.AwaitingApproval(stored);
    }
    if (!repository.markDecided(c.id(), id, seenVersion)) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
      return new DecisionOutcome.AlreadyDecided("Someone else allocated this case while you were deciding. "
          + "Nothing was changed: look at the case again.");
    }
    handOver(stored, c, c.courtProviderCode());
    return new DecisionOutcome.Allocated(stored);
  }

  /**
   * A senior practitioner approves or turns down an override; nobody reviews their own. Approval
   * allocates the case to the override's provider.
   */
  @Transactional
  public DecisionOutcome review(long decisionId, boolean approve, @Nullable String note) {
    Optional<AllocationDecision> found = decision(decisionId);
    if (found.isEmpty() || found.get().caseId() == null) {
      return new DecisionOutcome.NotFound();
    }
    AllocationDecision d = found.get();
    if (!d.overridden()) {
      return new DecisionOutcome.AlreadyDecided("This decision followed the policy: there is no override to review.");
    }
    if (d.status() != DecisionStatus.AWAITING_APPROVAL) {
      return new DecisionOutcome.AlreadyDecided("This override has already been "
          + (d.status() == DecisionStatus.FINAL ? "approved" : "turned down") + " by " + d.reviewedBy() + ".");
    }
    if (d.decidedBy().equals(currentUser.username())) {
      return new DecisionOutcome.Invalid(List.of(new FieldError("approve",
          "You made this override: another senior practitioner must review it")));
    }
    if (!approve && (note == null || note.isBlank())) {
      return new DecisionOutcome.Invalid(List.of(new FieldError("note", "Enter why you are turning down the override")));
    }
    String reviewNote = note == null || note.isBlank() ? null : note.strip();
    DecisionStatus outcome = approve ? DecisionStatus.FINAL : DecisionStatus.REJECTED;
    if (!repository.review(d.id(), outcome, currentUser.username(), clock.instant(), reviewNote)) {
      return new DecisionOutcome.AlreadyDecided("Someone else reviewed this override first.");
    }
    AllocationCase c = repository.findCase(d.caseId()).orElseThrow();
    audit.record(AuditAction.UPDATE, AUDIT_SUBJECT, d.crn(), Map.of("allocationDecision", d.id(), "review", outcome.name()));
    AllocationDecision reviewed = repository.decision(d.id()).orElseThrow();
    if (!approve) {
      return new DecisionOutcome.Rejected(reviewed);
    }
    if (!repository.markDecided(c.id(), d.id(), c.version())) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
      return new DecisionOutcome.AlreadyDecided("The case was allocated by someone else while the override waited.");
    }
    handOver(reviewed, c, c.courtProviderCode());
    return new DecisionOutcome.Allocated(reviewed);
  }

  /** A person's allocation decisions, newest first, if the user may see the record; audited. */
  @Transactional
  public Optional<List<AllocationDecision>> decisions(String crn) {
    if (!people.canSee(crn)) {
      return Optional.empty();
    }
    audit.record(AuditAction.VIEW, AUDIT_SUBJECT, crn, Map.of("section", "allocationDecisions"));
    return Optional.of(repository.decisions(crn));
  }

  /** One decision, if the user may see the person's record; audited. */
  @Transactional
  public Optional<AllocationDecision> decision(long id) {
    Optional<AllocationDecision> found = repository.decision(id).filter(d -> people.canSee(d.crn()));
    found.ifPresent(d -> audit.record(AuditAction.VIEW, AUDIT_SUBJECT, d.crn(), Map.of("allocationDecision", id)));
    return found;
  }

  /** Whether the decision's policy, run again on its stored facts, decides the same way by the same rule. */
  public boolean replays(AllocationDecision decision) {
    ProviderDecision again = ProviderPolicies.byVersion(decision.policyVersion()).decide(decision.facts());
    return again.provider() == decision.policyProvider() && again.decidedBy().equals(decision.decidingRule());
  }

  /**
   * Refers a case the CRC supervises to the NPS when its risk now meets an NPS criterion (under the
   * Transforming Rehabilitation policy only: the unified service has one provider). Returns the
   * escalation decision, or empty when none was needed.
   */
  @Transactional
  public Optional<AllocationDecision> escalateIfRiskRose(String crn) {
    if (!TransformingRehabilitation2014.VERSION.equals(policy.version())) {
      return Optional.empty();
    }
    Optional<AllocationDecision> last = repository.lastFinal(crn);
    if (last.isEmpty() || last.get().provider() != Provider.CRC) {
      return Optional.empty();
    }
    Optional<AllocationCase> c = repository.latestCase(crn);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    RiskPicture picture = riskOf(crn);
    AllocationFacts facts = facts(c.get(), picture);
    ProviderDecision now = policy.decide(facts);
    if (now.provider() != Provider.NPS) {
      return Optional.empty();
    }
    ReceivingProvider receiving = receivingProviders.forProvider(Provider.NPS, c.get().courtProviderCode());
    AllocationDecision escalation = new AllocationDecision(0, crn, c.get().id(), DecisionKind.ESCALATION,
        DecisionStatus.FINAL, now.policyVersion(), now.provider(), now.provider(), receiving.code(),
        "Risk escalation referral: " + now.decidedBy(), withReceivingProvider(now, receiving), facts,
        TierModelV2.calculate(facts.tierInput()).code(), picture.rosh() == null ? null : picture.rosh().id(),
        ESCALATION_DECIDER, clock.instant(), null, null, null, null, null);
    long id = repository.insert(escalation, null);
    AllocationDecision stored = repository.decision(id).orElseThrow();
    audit.record(AuditAction.CREATE, AUDIT_SUBJECT, crn, Map.of("allocationDecision", id, "kind", "ESCALATION"));
    handOver(stored, c.get(), last.get().providerCode());
    return Optional.of(stored);
  }

  /** The facts the policies read for this case now: the person, their current risk and the sentence. */
  AllocationFacts facts(AllocationCase c, RiskPicture picture) {
    Gender gender = people.genderOf(c.crn())
        .orElseThrow(() -> new IllegalStateException("No person has the CRN " + c.crn()));
    return CaseFactsOnRecord.facts(gender, picture, c.mandateForChange(), c.sentenceDate());
  }

  private Optional<Proposal> proposal(AllocationCase c) {
    RiskPicture picture = riskOf(c.crn());
    RiskPicture.CurrentRosh rosh = picture.rosh();
    if (rosh == null) {
      return Optional.of(new Proposal.Blocked(c, "There is no RoSH screening for this person. A case cannot be "
          + "allocated until a RoSH screening from the court report stage or later is recorded."));
    }
    if (rosh.completedOn().isBefore(c.assessedFrom())) {
      return Optional.of(new Proposal.Blocked(c, "The current RoSH screening was completed on "
          + Dates.inWords(rosh.completedOn()) + ", before the court report began on " + Dates.inWords(c.assessedFrom())
          + ". Record a new RoSH screening before allocating the case."));
    }
    AllocationFacts facts = facts(c, picture);
    ProviderDecision decision = policy.decide(facts);
    Tier tier = decision.tier() != null ? decision.tier() : TierModelV2.calculate(facts.tierInput());
    return Optional.of(new Proposal.Ready(c, decision, receivingProviders.forProvider(decision.provider(),
        c.courtProviderCode()), tier, rosh.id()));
  }

  private Optional<String> alreadyTaken(AllocationCase c, int seenVersion) {
    if (c.decided()) {
      AllocationDecision by = repository.decision(c.decisionId()).orElseThrow();
      return Optional.of("This case was allocated to " + by.providerCode() + " by " + by.decidedBy() + ". "
          + "Nothing was changed.");
    }
    if (repository.overrideAwaitingApproval(c.id())) {
      return Optional.of("An override for this case is waiting for a senior practitioner's approval.");
    }
    if (c.version() != seenVersion) {
      return Optional.of("This case changed while you were looking at it. Look at it again before deciding.");
    }
    return Optional.empty();
  }

  /** The policy's factors and the provider in this region that its choice means, as a decision stores them. */
  static List<ConsideredFactor> withReceivingProvider(ProviderDecision decision, ReceivingProvider receiving) {
    List<ConsideredFactor> factors = new ArrayList<>(decision.factors());
    factors.add(new ConsideredFactor("Receiving provider",
        receiving.name() + " (" + receiving.code() + ")", receiving.why(), null, null));
    return factors;
  }

  /** The receiving provider may now see the case; everyone interested hears it was allocated. */
  private void handOver(AllocationDecision decision, AllocationCase c, String fromProviderCode) {
    if (!decision.providerCode().equals(fromProviderCode)) {
      people.shareWith(decision.crn(), decision.providerCode(), sharedBecause(decision.kind(), decision.id()));
    }
    events.publishEvent(new CaseAllocated(decision.crn(), c.id(), c.sentenceId(), decision.id(), decision.kind(),
        decision.providerCode(), fromProviderCode));
  }

  /** Why the receiving provider may see the person: the decision that handed the case over. */
  static String sharedBecause(DecisionKind kind, long decisionId) {
    return kind.label() + " (decision " + decisionId + ")";
  }

  private DecisionOutcome outcomeOf(AllocationDecision decision) {
    return switch (decision.status()) {
      case FINAL -> new DecisionOutcome.Allocated(decision);
      case AWAITING_APPROVAL -> new DecisionOutcome.AwaitingApproval(decision);
      case REJECTED -> new DecisionOutcome.Rejected(decision);
    };
  }

  private RiskPicture riskOf(String crn) {
    return risk.of(crn);
  }
}
