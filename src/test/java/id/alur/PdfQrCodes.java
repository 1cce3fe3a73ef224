package id.alur;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The QR code on a page of a PDF the app wrote, read as a phone's camera would: from the rendered page. */
public final class PdfQrCodes {

  private PdfQrCodes() {
  }

  /** The text of the QR code on page {@code pageIndex} (from 0), rendered at 150 dpi. */
  public static String read(byte[] pdf, int pageIndex) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(pageIndex, 150, ImageType.GRAY);
      BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
      return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    } catch (IOException e) {
      throw new UncheckedIOException("not a PDF", e);
    } catch (NotFoundException | ChecksumException | FormatException e) {
      throw new AssertionError("no readable QR code on page " + (pageIndex + 1), e);
    }
  }
}
