/**
 * The actuarial risk models as pure functions: a {@link org.probatio.risk.scoring.ScoringRequest}
 * and an {@link org.probatio.risk.scoring.OffenceWeights} mapping in, a result with its band,
 * scores, feature values, validation errors and model version out. No Spring, no database, no
 * clock: the assessment date is an input.
 */
@NamedInterface("scoring")
@NullMarked
package org.probatio.risk.scoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
