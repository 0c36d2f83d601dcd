package dev.mim.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks in one JMH run, with the allocation profiler, and prints one Markdown table: time and bytes
 * per unit (transition, refusal, event) for the floor, stateless4j, Spring Statemachine and mim, with mim's ratios
 * to each. The machine
 * is shared and noisy: compare ratios measured in the same run, not absolute figures across runs.
 *
 * <p>Short by default (one fork, 5 warm-up and 5 measured iterations of one second: a few minutes on 2 cores);
 * {@code --long} runs 3 forks of 10 and 10 iterations.
 */
public final class BenchmarkTable {

  private BenchmarkTable() {}

  /**
   * @param args {@code --long} for the long mode; a regular expression of benchmarks to run, all by default
   * @throws RunnerException when JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    boolean longMode = false;
    String include = "dev\\.mim\\.benchmarks\\..*";
    for (String a : args) {
      if (a.equals("--long")) {
        longMode = true;
      } else {
        include = a;
      }
    }
    ChainedOptionsBuilder options = new OptionsBuilder().include(include).addProfiler(GCProfiler.class)
        .forks(longMode ? 3 : 1).warmupIterations(longMode ? 10 : 5).measurementIterations(longMode ? 10 : 5)
        .warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1)).shouldFailOnError(true)
        // A fixed, pre-touched heap: on a fresh machine, first touches of new heap pages cost more than the work.
        .jvmArgsAppend("-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch");
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println(table(figures(results)));
  }

  /** Time (ns) and bytes per operation of each benchmark, by its name and parameter. */
  static Map<String, double[]> figures(Collection<RunResult> results) {
    Map<String, double[]> out = new TreeMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark().replaceFirst(".*\\.", "");
      String param = null;
      for (String k : r.getParams().getParamsKeys()) {
        param = param == null ? r.getParams().getParam(k) : param + "/" + r.getParams().getParam(k);
      }
      double bytes = Double.NaN;
      for (String secondary : r.getSecondaryResults().keySet()) {
        if (secondary.endsWith("gc.alloc.rate.norm")) {
          bytes = r.getSecondaryResults().get(secondary).getScore();
        }
      }
      out.put(param == null ? name : name + "@" + param, new double[] {r.getPrimaryResult().getScore(), bytes});
    }
    return out;
  }

  /** The table, per transition, refusal and event. */
  static String table(Map<String, double[]> f) {
    StringBuilder out = new StringBuilder()
        .append("| what | floor | stateless4j 2.5.0 | Spring Statemachine 4.0.1 | mim | mim / floor")
        .append(" | mim / stateless4j | mim / Spring |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    int n = LifecycleBenchmark.TRANSITIONS;
    row(out, "lifecycle, per transition", f.get("lifecycleMim"), n, f.get("lifecycleFloor"),
        f.get("lifecycleStateless4j"), f.get("lifecycleSpring"));
    row(out, "refused command (close a candidate)", f.get("refusedMim"), 1, f.get("refusedFloor"),
        f.get("refusedStateless4j"), f.get("refusedSpring"));
    for (String size : new String[] {"10", "100", "1000", "10000"}) {
      row(out, "replay, per event, " + size + " events", f.get("replay@" + size),
          Integer.parseInt(size));
    }
    for (String key : new String[] {"service", "category"}) {
      row(out, "surge detector, per signal, by " + key, f.get("surge@" + key), SurgeBenchmark.SIGNALS);
    }
    for (String size : new String[] {"1000", "100000"}) {
      for (String policy : new String[] {"default", "dora"}) {
        row(out, "due-update query, per open incident, " + size + " incidents, " + policy + " policy",
            f.get("sweep@" + size + "/" + policy), Integer.parseInt(size));
      }
    }
    row(out, "priority lookup, five-by-five matrix, per cell", f.get("priorityLookup"),
        PolicyBenchmark.CELLS);
    row(out, "escalation due query, tiered preset, one candidate", f.get("escalationDue"), 1);
    for (String jackson : new String[] {"jackson2", "jackson3"}) {
      row(out, "JSON write, per event, " + jackson, f.get("jsonWrite@" + jackson), JsonBenchmark.EVENTS);
      row(out, "JSON read, per event, " + jackson, f.get("jsonRead@" + jackson), JsonBenchmark.EVENTS);
    }
    row(out, "ServiceNow log replay (priority and surge detection), per row", f.get("serviceNowLog"),
        ServiceNowLogBenchmark.ROWS);
    double[] small = f.get("replay@100");
    double[] large = f.get("replay@10000");
    if (small != null && large != null) {
      out.append(String.format(Locale.ROOT, "%nreplay per event at 10^4 over 10^2 events: %.2fx time, %.2fx bytes%n",
          (large[0] / 10_000) / (small[0] / 100), (large[1] / 10_000) / (small[1] / 100)));
    }
    for (String key : new String[] {"service", "category"}) {
      double[] surge = f.get("surge@" + key);
      if (surge != null) {
        out.append(String.format(Locale.ROOT, "surge detector by %s: %.2f M signals per second on one core%n", key,
            SurgeBenchmark.SIGNALS * 1e3 / surge[0]));
      }
    }
    return out.toString();
  }

  /** A row: mim's figures per unit, then each baseline's (in the header's order) and mim's ratio to each. */
  private static void row(StringBuilder out, String what, double[] mim, int per, double[]... baselines) {
    if (mim == null) {
      return;
    }
    double[][] base = {null, null, null};
    System.arraycopy(baselines, 0, base, 0, baselines.length);
    out.append("| ").append(what);
    for (double[] b : base) {
      out.append(" | ").append(cell(b, per));
    }
    out.append(" | ").append(cell(mim, per));
    for (double[] b : base) {
      out.append(" | ").append(ratio(mim, b));
    }
    out.append(" |\n");
  }

  private static String cell(double[] f, int per) {
    return f == null ? "" : String.format(Locale.ROOT, "%.1f ns, %.0f B", f[0] / per, f[1] / per);
  }

  private static String ratio(double[] mim, double[] base) {
    if (base == null) {
      return "";
    }
    double r = mim[0] / base[0];
    return String.format(Locale.ROOT, r < 0.1 ? "%.4fx time" : "%.1fx time", r);
  }
}
