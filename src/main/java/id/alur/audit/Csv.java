package id.alur.audit;

import java.util.List;

/**
 * CSV as spreadsheets read it: every cell quoted, quotes doubled, and a cell that a spreadsheet would run as
 * a formula (starting with =, +, -, @) prefixed with an apostrophe, since exported text comes from users.
 */
final class Csv {

  private Csv() {
  }

  static String line(List<?> cells) {
    StringBuilder line = new StringBuilder();
    for (Object cell : cells) {
      String text = cell == null ? "" : cell.toString();
      if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
        text = "'" + text;
      }
      line.append(line.isEmpty() ? "" : ",").append('"').append(text.replace("\"", "\"\"")).append('"');
    }
    return line.append("\r\n").toString();
  }
}
