package id.alur.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A report on A4 pages, written top to bottom: a title, label-value lines, headings, paragraphs and tables
 * whose cells wrap and whose rows continue on the next page under a repeated header. Every page carries a
 * footer line and its number ("1 / 3"). Text the font cannot show prints as '?', never fails the report.
 *
 * <p>Not thread-safe; one report per request.
 */
public final class PdfReport {

  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final float MARGIN = 40;
  private static final float BODY = 9;
  private static final float LEADING = 1.3f;
  private static final float CELL_PADDING = 3;

  private final PDDocument document = new PDDocument();
  private final PDFont font;
  private final PDRectangle size;
  private final String footer;
  private final List<PDPage> pages = new ArrayList<>();
  private final Map<Integer, Boolean> shown = new HashMap<>();
  private final Map<Integer, Float> glyphWidths = new HashMap<>();
  private PDPageContentStream content;
  private float y;

  /** A report in portrait or landscape A4, with {@code footer} at the bottom of every page. */
  public PdfReport(String title, String footer, boolean landscape) {
    this.size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
    this.footer = footer;
    try (InputStream ttf = PdfReport.class.getResourceAsStream(FONT)) {
      if (ttf == null) {
        throw new IllegalStateException("PDFBox's font " + FONT + " is missing");
      }
      this.font = PDType0Font.load(document, ttf);
    } catch (IOException | RuntimeException e) {
      close(document);
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setProducer("Alur");
    info.setCreationDate(Calendar.getInstance());
    newPage();
    text(title, MARGIN, y, 15, true);
    y -= 15 * LEADING + 4;
  }

  /** The width that tables and paragraphs fill. */
  public float width() {
    return size.getWidth() - 2 * MARGIN;
  }

  /** A section heading, kept with at least a few lines of what follows it. */
  public PdfReport heading(String text) {
    room(BODY * 6);
    y -= 6;
    text(text, MARGIN, y, 11, true);
    y -= 11 * LEADING + 2;
    return this;
  }

  /** Label-value lines, labels in a column of their own. */
  public PdfReport labelled(Map<String, String> values) {
    float labelWidth = width() * 0.28f;
    values.forEach((label, value) -> {
      List<String> lines = wrap(value, width() - labelWidth);
      room(lines.size() * BODY * LEADING);
      text(label, MARGIN, y, BODY, true);
      for (String line : lines) {
        text(line, MARGIN + labelWidth, y, BODY, false);
        y -= BODY * LEADING;
      }
    });
    y -= 4;
    return this;
  }

  public PdfReport paragraph(String text) {
    for (String line : wrap(text, width())) {
      room(BODY * LEADING);
      text(line, MARGIN, y, BODY, false);
      y -= BODY * LEADING;
    }
    y -= 4;
    return this;
  }

  /**
   * A QR code of {@code text}, {@code size} points square at the left margin, with {@code caption} wrapped
   * beside it (may be empty). The modules are drawn as filled squares, not as an image, so the code stays
   * sharp at any zoom and print size; error correction M survives a crease or a stamp, and the quiet zone of
   * four modules that scanners need is part of {@code size}.
   */
  public PdfReport qrCode(String text, float size, String caption) {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
          EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
          EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Text too long for a QR code (" + text.length() + " characters)", e);
    }
    float captionX = MARGIN + size + 8;
    List<String> lines = caption.isEmpty() ? List.of() : wrap(caption, MARGIN + width() - captionX);
    room(Math.max(size, lines.size() * BODY * LEADING));
    float module = size / matrix.getWidth();
    float top = y;
    try {
      content.setNonStrokingColor(0f, 0f, 0f);
      for (int row = 0; row < matrix.getHeight(); row++) {
        // One rectangle per run of dark modules in a row: fewer operators, and no hairline seams between them.
        for (int column = 0; column < matrix.getWidth(); column++) {
          if (!matrix.get(column, row)) {
            continue;
          }
          int start = column;
          while (column + 1 < matrix.getWidth() && matrix.get(column + 1, row)) {
            column++;
          }
          content.addRect(MARGIN + start * module, top - (row + 1) * module, (column - start + 1) * module, module);
        }
      }
      content.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    float lineY = top - 4 * module - BODY;
    for (String line : lines) {
      text(line, captionX, lineY, BODY, false);
      lineY -= BODY * LEADING;
    }
    y = Math.min(top - size, lineY) - 6;
    return this;
  }

  /**
   * A table: {@code shares} are the columns' parts of the page width (they need not add up to 1). A row that
   * does not fit on what is left of the page starts a new one, which repeats the header; a row taller than a
   * whole page continues on the next.
   */
  public PdfReport table(List<String> header, float[] shares, List<List<String>> rows) {
    if (header.size() != shares.length) {
      throw new IllegalArgumentException("one share per column");
    }
    float total = 0;
    for (float share : shares) {
      total += share;
    }
    float[] widths = new float[shares.length];
    for (int i = 0; i < shares.length; i++) {
      widths[i] = width() * shares[i] / total;
    }
    List<List<String>> head = wrapCells(header, widths);
    room(height(lineCount(head)) + height(1));
    slice(head, widths, 0, lineCount(head), true);
    float pageRoom = size.getHeight() - MARGIN - bottom() - height(lineCount(head));
    for (List<String> row : rows) {
      List<List<String>> cells = wrapCells(row, widths);
      int lines = lineCount(cells);
      if (height(lines) > y - bottom() && height(lines) <= pageRoom) {
        newPage();
        slice(head, widths, 0, lineCount(head), true);
      }
      for (int from = 0; from < lines; ) {
        int fit = (int) Math.floor((y - bottom() - 2 * CELL_PADDING) / lineHeight());
        if (fit < 1) {
          newPage();
          slice(head, widths, 0, lineCount(head), true);
          continue;
        }
        int to = Math.min(lines, from + fit);
        slice(cells, widths, from, to, false);
        from = to;
      }
    }
    y -= 6;
    return this;
  }

  /** The finished document. The report cannot be written to afterwards. */
  public byte[] toBytes() {
    try {
      content.close();
      int number = 1;
      for (PDPage page : pages) {
        try (PDPageContentStream stream = new PDPageContentStream(document, page,
            PDPageContentStream.AppendMode.APPEND, true)) {
          stream.beginText();
          stream.setFont(font, 7);
          stream.newLineAtOffset(MARGIN, MARGIN / 2);
          stream.showText(printable(footer + "   " + number++ + " / " + pages.size()));
          stream.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      close(document);
    }
  }

  /** Lines {@code from} (inclusive) to {@code to} of a row's wrapped cells, as one band across the table. */
  private void slice(List<List<String>> cells, float[] widths, int from, int to, boolean header) {
    float height = height(to - from);
    float x = MARGIN;
    try {
      if (header) {
        content.setNonStrokingColor(0.92f, 0.92f, 0.92f);
        content.addRect(MARGIN, y - height, width(), height);
        content.fill();
        content.setNonStrokingColor(0f, 0f, 0f);
      }
      for (int i = 0; i < widths.length; i++) {
        List<String> lines = cells.get(i);
        float lineY = y - CELL_PADDING - BODY;
        for (int line = from; line < to && line < lines.size(); line++) {
          text(lines.get(line), x + CELL_PADDING, lineY, BODY, header);
          lineY -= lineHeight();
        }
        x += widths[i];
      }
      content.setStrokingColor(0.75f, 0.75f, 0.75f);
      content.setLineWidth(0.4f);
      content.moveTo(MARGIN, y - height);
      content.lineTo(MARGIN + width(), y - height);
      content.stroke();
      content.setStrokingColor(0f, 0f, 0f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= height;
  }

  private List<List<String>> wrapCells(List<String> cells, float[] widths) {
    List<List<String>> wrapped = new ArrayList<>();
    for (int i = 0; i < widths.length; i++) {
      wrapped.add(wrap(i < cells.size() ? cells.get(i) : "", widths[i] - 2 * CELL_PADDING));
    }
    return wrapped;
  }

  private static int lineCount(List<List<String>> cells) {
    return cells.stream().mapToInt(List::size).max().orElse(1);
  }

  private static float lineHeight() {
    return BODY * LEADING;
  }

  private static float height(int lines) {
    return lines * lineHeight() + 2 * CELL_PADDING;
  }

  private static float bottom() {
    return MARGIN + 20;
  }

  /**
   * Lines of at most {@code width}, broken after a space or a comma, colon, semicolon, slash or dash (so that
   * JSON and paths break too), or anywhere in a word longer than a line. One pass over the text.
   */
  List<String> wrap(String text, float width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : printable(text).split("\n", -1)) {
      wrapParagraph(paragraph, width, lines);
    }
    return lines;
  }

  private void wrapParagraph(String text, float width, List<String> lines) {
    int start = 0;
    int lastBreak = -1;
    float lineWidth = 0;
    int i = 0;
    while (i < text.length()) {
      int point = text.codePointAt(i);
      float glyph = charWidth(point);
      if (lineWidth + glyph > width && i > start) {
        int cut = lastBreak > start ? lastBreak : i;
        lines.add(text.substring(start, cut).stripTrailing());
        start = cut;
        while (start < text.length() && text.charAt(start) == ' ') {
          start++;
        }
        lastBreak = -1;
        lineWidth = 0;
        for (int j = start; j < i; j = text.offsetByCodePoints(j, 1)) {
          lineWidth += charWidth(text.codePointAt(j));
        }
        i = Math.max(i, start);
        continue;
      }
      lineWidth += glyph;
      i += Character.charCount(point);
      if (" ,:;/-".indexOf(point) >= 0) {
        lastBreak = i;
      }
    }
    lines.add(text.substring(Math.min(start, text.length())).stripTrailing());
  }

  private float charWidth(int codePoint) {
    return glyphWidths.computeIfAbsent(codePoint, point -> textWidth(new String(Character.toChars(point)), BODY));
  }

  private float textWidth(String text, float fontSize) {
    try {
      return font.getStringWidth(text) / 1000 * fontSize;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the font can show; anything else (and control characters) becomes '?'. */
  private String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(point -> {
      if (point == '\n') {
        out.append('\n');
      } else if (point == '\t' || point == '\r') {
        out.append(' ');
      } else if (Character.isISOControl(point) || !shows(point)) {
        out.append('?');
      } else {
        out.appendCodePoint(point);
      }
    });
    return out.toString();
  }

  /** Whether the font has a glyph for the character (asked once per character and report). */
  private boolean shows(int codePoint) {
    return shown.computeIfAbsent(codePoint, point -> {
      try {
        font.encode(new String(Character.toChars(point)));
        return true;
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    });
  }

  private static void close(PDDocument document) {
    try {
      document.close();
    } catch (IOException e) {
      // nothing was written to disk; the memory goes with the object
    }
  }

  private void room(float needed) {
    if (y - needed < MARGIN + 20) {
      newPage();
    }
  }

  private void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(size);
      document.addPage(page);
      pages.add(page);
      content = new PDPageContentStream(document, page);
      y = size.getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line on {@code baseline}; bold is drawn by stroking the glyphs (the font has no bold face). */
  private void text(String text, float x, float baseline, float fontSize, boolean bold) {
    try {
      content.beginText();
      content.setFont(font, fontSize);
      if (bold) {
        content.setRenderingMode(RenderingMode.FILL_STROKE);
        content.setLineWidth(fontSize / 30);
      }
      content.newLineAtOffset(x, baseline);
      content.showText(printable(text));
      if (bold) {
        content.setRenderingMode(RenderingMode.FILL);
      }
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
