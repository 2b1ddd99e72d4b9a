package org.eveseat.fake.ledger;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/** Weighted draws for generated data: cumulative weights, and an index drawn in proportion to its weight. */
final class Weights {
    private Weights() {
    }

    static double[] cumulative(int n, IntToDoubleFunction weight) {
        double[] sums = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += weight.applyAsDouble(i);
            sums[i] = sum;
        }
        return sums;
    }

    static int pick(double[] cumulative, SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        return Math.min(cumulative.length - 1, found >= 0 ? found : -found - 1);
    }

    /** The sum of {@code i^-exponent} for i from 1 to n - 1 (at least 1): a Zipf tail's total weight. */
    static double zipfSum(int n, double exponent) {
        double sum = 0;
        for (int i = 1; i < n; i++) {
            sum += Math.pow(i, -exponent);
        }
        return Math.max(sum, 1);
    }
}
