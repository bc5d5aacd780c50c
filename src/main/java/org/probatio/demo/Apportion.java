package org.probatio.demo;

/** Shares a whole number out by weight, largest remainder first, giving each at least its minimum. */
final class Apportion {

  private Apportion() {}

  /**
   * Each entry gets its quota rounded down, or its minimum if that is more; what is left of the
   * total goes one apiece to the largest remainders. A minimum is not taken back from the others,
   * so the shares can come to a little more than the total.
   */
  static int[] of(int total, double[] weights, int[] minimums) {
    double sum = 0;
    for (double weight : weights) {
      sum += weight;
    }
    int[] shares = new int[weights.length];
    double[] remainders = new double[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      double quota = sum == 0 ? 0 : total * weights[i] / sum;
      int whole = (int) quota;
      shares[i] = Math.max(minimums[i], whole);
      // raised to its minimum: it has had more than its share already
      remainders[i] = shares[i] > whole ? 0 : quota - whole;
      given += shares[i];
    }
    for (; given < total; given++) {
      int largest = -1;
      for (int i = 0; i < remainders.length; i++) {
        if (remainders[i] > 0 && (largest < 0 || remainders[i] > remainders[largest])) {
          largest = i;
        }
      }
      if (largest < 0) {
        break;
      }
      shares[largest]++;
      remainders[largest] = 0;
    }
    return shares;
  }
}
