package org.probatio.risk.scoring;

import org.jspecify.annotations.Nullable;

/**
 * The actuarial weights of one offence code (or one Home Office offence class): its OGRS3 category
 * and weight, SNSV static and dynamic weights, and violence-against-the-person (VATP) weights.
 *
 * @param ogrs3Weight absent when OGRS3 has no weight for the code
 * @param needsExactOffence the code is too general for OGRS3 (NEED_DETAILS_OF_EXACT_OFFENCE)
 */
public record OffenceWeight(
    String code,
    String ogrs3Category,
    @Nullable Double ogrs3Weight,
    boolean needsExactOffence,
    double snsvStatic,
    double snsvDynamic,
    double vatpStatic,
    double vatpDynamic) {}
