package id.alur.audit;

import java.util.List;

/**
 * CSV as spreadsheets read it: every cell quoted, quotes doubled, and a text cell that a spreadsheet would run
 * as a formula (starting with =, +, -, @, a tab or a carriage return) prefixed with an apostrophe, since
 * exported text comes from users. Numbers, times and yes/no stay as they are.
 */
final class Csv {

  private Csv() {
  }

  static String line(List<?> cells) {
    StringBuilder line = new StringBuilder();
    for (Object cell : cells) {
      String text = cell == null ? "" : cell.toString();
      if (cell instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
        text = "'" + text;
      }
      line.append(line.isEmpty() ? "" : ",").append('"').append(text.replace("\"", "\"\"")).append('"');
    }
    return line.append("\r\n").toString();
  }
}
