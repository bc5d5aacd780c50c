package org.probatio.workload;

import org.jspecify.annotations.Nullable;

/** Which practitioners the caseload picture counts: a provider, delivery unit and team, each optional (all of them). */
public record CaseloadFilter(@Nullable String providerCode, @Nullable String deliveryUnitCode, @Nullable String teamCode) {}
