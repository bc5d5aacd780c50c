/**
 * The allocation rules as pure functions: a {@link org.probatio.allocation.policy.TierInput} in, a
 * {@link org.probatio.allocation.policy.Tier} with every factor's points and the model version out;
 * {@link org.probatio.allocation.policy.AllocationFacts} in, a
 * {@link org.probatio.allocation.policy.ProviderDecision} naming every factor considered, the rule
 * that decided and the policy version out. No Spring, no database, no clock: the facts carry their
 * own dates.
 */
@NamedInterface("policy")
@NullMarked
package org.probatio.allocation.policy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
