package id.alur.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.PdfQrCodes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PdfReportTest {

  @Test
  @DisplayName("a QR code prints beside its caption and a scanner reads its text back from the rendered page")
  void qrCode() throws IOException {
    String url = "https://layanan.example.go.id/izin/verifikasi/PBG-000123-DPMPTSP-2026";
    byte[] pdf = new PdfReport("Surat uji", "kaki", false)
        .paragraph("Sebelum kode")
        .qrCode(url, 100, "Pindai untuk memeriksa keaslian / Scan to check")
        .paragraph("Sesudah kode")
        .toBytes();

    assertThat(PdfQrCodes.read(pdf, 0)).isEqualTo(url);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("Sebelum kode")
          .contains("Pindai untuk memeriksa keaslian").contains("Sesudah kode");
    }
  }

  @Test
  @DisplayName("a long table continues on numbered pages, names print as typed, what the font lacks prints as ?")
  void tablesTextAndPages() throws IOException {
    PdfReport report = new PdfReport("Laporan uji", "Diekspor oleh auditor", true);
    report.labelled(Map.of("OPD", "dcktr — Dinas Cipta Karya dan Tata Ruang"));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      rows.add(List.of(String.valueOf(i), "Siti Nurhaliza Ayu Ratnasari Ñuñez " + i,
          "a".repeat(150) + " ujung", "漢字 ok"));
    }
    report.table(List.of("#", "Nama", "Rincian", "Lain"), new float[] {0.3f, 2, 3, 1}, rows);

    try (PDDocument document = Loader.loadPDF(report.toBytes())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(document.getNumberOfPages()).as("120 wrapped rows need several pages").isGreaterThan(3);
      assertThat(text).contains("Laporan uji").contains("dcktr — Dinas Cipta Karya")
          .contains("Siti Nurhaliza Ayu Ratnasari Ñuñez 120").contains("ujung").contains("?? ok")
          .contains("1 / " + document.getNumberOfPages()).contains("Diekspor oleh auditor");
      String lastPage = text.substring(text.lastIndexOf("Nama"));
      assertThat(lastPage).as("the header repeats on a new page").contains("Rincian");
    }
  }

  @Test
  @DisplayName("a cell taller than a page (a trail row's 8000 characters of JSON) continues on the next pages")
  void rowTallerThanAPage() throws IOException {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; json.length() < 7900; i++) {
      json.append("\"field").append(i).append("\":\"nilai").append(i).append("\",");
    }
    json.append("\"end\":\"ujung-akhir\"}");
    PdfReport report = new PdfReport("Linimasa", "kaki", true);
    report.table(List.of("#", "Rincian"), new float[] {1, 1}, List.of(List.of("1", json.toString()),
        List.of("2", "baris berikutnya")));

    try (PDDocument document = Loader.loadPDF(report.toBytes())) {
      String text = new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      assertThat(text).contains("\"field0\":\"nilai0\"").contains("\"end\":\"ujung-akhir\"}")
          .contains("baris berikutnya");
    }
  }

  @Test
  @DisplayName("wrapping keeps every character: spaces, commas and overlong words break, nothing is lost")
  void wrapKeepsText() {
    PdfReport report = new PdfReport("t", "f", false);
    assertThat(report.wrap("", 100)).containsExactly("");
    assertThat(report.wrap("   ", 100)).containsExactly("");
    assertThat(report.wrap("a\nb", 100)).containsExactly("a", "b");
    String word = "x".repeat(500);
    assertThat(String.join("", report.wrap(word, 50))).isEqualTo(word);
    assertThat(report.wrap("satu dua tiga empat lima enam tujuh delapan", 60)).allSatisfy(line ->
        assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "));
    assertThat(String.join(" ", report.wrap("satu dua tiga empat lima enam tujuh delapan", 60)))
        .isEqualTo("satu dua tiga empat lima enam tujuh delapan");
    report.toBytes();
  }
}
