package id.alur.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The run's figures, printed last as {@code name value unit} lines, each target with PASS or FAIL. A figure that
 * could not be measured is printed as {@code n/a} with the reason, and its target fails: no figure is made up.
 */
final class Figures {

  private record Figure(String name, Double value, String unit, String target, Boolean pass, String note) {
  }

  private final List<Figure> figures = new ArrayList<>();
  private final List<String> context = new ArrayList<>();

  void context(String line) {
    context.add(line);
  }

  void add(String name, double value, String unit) {
    figures.add(new Figure(name, value, unit, null, null, null));
  }

  void atLeast(String name, double value, String unit, double target) {
    figures.add(new Figure(name, value, unit, ">= " + number(target), value >= target, null));
  }

  void atMost(String name, double value, String unit, double target) {
    figures.add(new Figure(name, value, unit, "<= " + number(target), value <= target, null));
  }

  void missing(String name, String unit, String reason) {
    figures.add(new Figure(name, null, unit, null, false, reason));
  }

  double value(String name) {
    return figures.stream().filter(f -> f.name.equals(name) && f.value != null).mapToDouble(Figure::value)
        .findFirst().orElse(Double.NaN);
  }

  boolean allPassed() {
    return figures.stream().noneMatch(f -> Boolean.FALSE.equals(f.pass));
  }

  void print() {
    System.out.println();
    System.out.println("# Alur benchmark");
    context.forEach(line -> System.out.println("# " + line));
    for (Figure f : figures) {
      StringBuilder line = new StringBuilder(f.name).append(' ')
          .append(f.value == null ? "n/a" : number(f.value)).append(' ').append(f.unit);
      if (f.target != null) {
        line.append("  target ").append(f.target).append(' ').append(f.pass ? "PASS" : "FAIL");
      } else if (f.note != null) {
        line.append("  FAIL (").append(f.note).append(')');
      }
      System.out.println(line);
    }
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e12) {
      return String.valueOf((long) value);
    }
    return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : Math.abs(value) >= 1 ? "%.2f" : "%.3f", value);
  }
}
