package org.deconflict.modes.cpr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The binned NL lookup switches exactly at each transition latitude of DO-260B §A.1.7.2 d, in both hemispheres. */
class CprNlTest {
    @Test
    void switchesExactlyAtEveryTransition() {
        double a = 1 - Math.cos(Math.PI / (2 * Cpr.NZ));
        for (int nl = 2; nl <= 59; nl++) {
            double t = Math.toDegrees(Math.acos(Math.sqrt(a / (1 - Math.cos(2 * Math.PI / nl)))));
            double below = Math.nextDown(t);
            assertThat(Cpr.nl(below)).as("just below transition %d", nl).isEqualTo(nl);
            assertThat(Cpr.nl(-below)).isEqualTo(nl);
            if (nl > 2) {
                assertThat(Cpr.nl(t)).as("at transition %d", nl).isEqualTo(nl - 1);
                assertThat(Cpr.nl(-t)).isEqualTo(nl - 1);
            }
        }
    }

    @Test
    void polesAndEquator() {
        assertThat(Cpr.nl(0)).isEqualTo(59);
        assertThat(Cpr.nl(87.0)).isEqualTo(2);
        assertThat(Cpr.nl(-87.0)).isEqualTo(2);
        assertThat(Cpr.nl(Math.nextUp(87.0))).isEqualTo(1);
        assertThat(Cpr.nl(90)).isEqualTo(1);
        assertThat(Cpr.nl(Double.NaN)).isEqualTo(1);
    }
}
