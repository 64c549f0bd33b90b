/**
 * Extra-regional flows: the information-exchange agreements between countries (metadata only), aggregated weekly
 * counts submitted by focal points (never personal or biometric data), and the early warning that flags unusual
 * increases per series (Farrington-flexible quasi-Poisson regression as R's {@code surveillance} does, CUSUM, EWMA).
 */
@NullMarked
package org.puente.flows;

import org.jspecify.annotations.NullMarked;
