package id.alur.handoff;

import id.alur.cases.CaseDocument;
import id.alur.cases.CaseDocuments;
import id.alur.cases.CaseFile;
import id.alur.cases.NumberSeries;
import id.alur.identity.OpdDirectory;
import id.alur.pdf.PdfReport;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The official letters of an external hand-off: the letter that hands the case over and, while no answer comes,
 * a reminder every 10 working days. Each is numbered in the city's yearly letter series
 * ({@code 007/SP-DSDABMBK/XII/2026}: number, kind and sending OPD, month in Roman numerals, year), lists the case,
 * the reason and the legal basis, and is stored with the case as a PDF.
 */
@Component
class HandoffLetters {

  static final String SERIES = "SRT";
  static final String LETTER = "HANDOFF_LETTER";
  static final String REMINDER = "HANDOFF_REMINDER";
  private static final String[] ROMAN_MONTHS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
      "XII"};
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.forLanguageTag("id"));

  private final NumberSeries series;
  private final CaseDocuments documents;
  private final OpdDirectory opds;
  private final String issuer;

  HandoffLetters(NumberSeries series, CaseDocuments documents, OpdDirectory opds,
      @Value("${alur.handoff.letter-issuer}") String issuer) {
    this.series = series;
    this.documents = documents;
    this.opds = opds;
    this.issuer = issuer;
  }

  record Letter(String number, CaseDocument document) {
  }

  /** Writes and stores the letter that hands the case to the agency. */
  Letter handOver(Handoff handoff, CaseFile caseFile, HandoffTarget agency, String actor, OffsetDateTime now) {
    String number = number("SP", handoff.fromOpd(), now);
    String sender = opds.find(handoff.fromOpd()).map(opd -> opd.name()).orElse(handoff.fromOpd());
    PdfReport pdf = letterHead("Surat Pengalihan Penanganan Kasus", number, now, agency,
        "Pengalihan penanganan kasus " + caseFile.trackingNumber().value());
    pdf.paragraph(issuer + " melalui " + sender + " menerima kasus dengan nomor registrasi "
        + caseFile.trackingNumber().value() + ". Menurut penilaian kami, penanganannya merupakan kewenangan "
        + agency.name() + ". Dengan surat ini penanganan kasus tersebut kami alihkan kepada Saudara.");
    caseAndReason(pdf, handoff, caseFile, sender);
    pdf.paragraph("Mohon jawaban atas surat ini disampaikan kepada " + sender + " dengan menyebut nomor surat dan "
        + "nomor registrasi di atas. Selama jawaban belum kami terima, kami mengirim surat pengingat setiap "
        + "10 hari kerja.");
    signature(pdf, sender, actor);
    return store(caseFile, LETTER, number, pdf, actor);
  }

  /** Writes and stores a reminder of the letter, the {@code count}-th. */
  Letter remind(Handoff handoff, CaseFile caseFile, HandoffTarget agency, int count, OffsetDateTime now) {
    String number = number("SPG", handoff.fromOpd(), now);
    String sender = opds.find(handoff.fromOpd()).map(opd -> opd.name()).orElse(handoff.fromOpd());
    String first = handoff.letterNumber().orElse("-");
    PdfReport pdf = letterHead("Surat Pengingat ke-" + count, number, now, agency,
        "Pengingat atas surat " + first + " (kasus " + caseFile.trackingNumber().value() + ")");
    pdf.paragraph("Menindaklanjuti surat kami nomor " + first + " tanggal " + DATE.format(handoff.requestedAt())
        + " tentang pengalihan penanganan kasus " + caseFile.trackingNumber().value() + ", sampai hari ini kami belum "
        + "menerima jawaban Saudara. Mohon jawaban disampaikan kepada " + sender + ".");
    caseAndReason(pdf, handoff, caseFile, sender);
    signature(pdf, sender, "system");
    return store(caseFile, REMINDER, number, pdf, "system");
  }

  private String number(String kind, String opd, OffsetDateTime now) {
    int next = series.next(SERIES, now.getYear());
    return "%03d/%s-%s/%s/%d".formatted(next, kind, opd.toUpperCase(Locale.ROOT), ROMAN_MONTHS[now.getMonthValue() - 1],
        now.getYear());
  }

  private PdfReport letterHead(String title, String number, OffsetDateTime now, HandoffTarget agency, String subject) {
    PdfReport pdf = new PdfReport(title + " " + number, issuer + " · " + number, false);
    Map<String, String> head = new LinkedHashMap<>();
    head.put("Nomor", number);
    head.put("Tanggal", DATE.format(now));
    head.put("Sifat", "Segera");
    head.put("Perihal", subject);
    head.put("Kepada Yth.", agency.name());
    pdf.heading(issuer.toUpperCase(Locale.ROOT)).heading(title.toUpperCase(Locale.ROOT)).labelled(head);
    return pdf;
  }

  private static void caseAndReason(PdfReport pdf, Handoff handoff, CaseFile caseFile, String sender) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Nomor registrasi", caseFile.trackingNumber().value());
    facts.put("Dibuka", DATE_TIME.format(caseFile.createdAt()));
    facts.put("OPD pengirim", sender);
    pdf.heading("Kasus").labelled(facts);
    pdf.heading("Alasan pengalihan").paragraph(handoff.reason());
    pdf.heading("Dasar hukum").paragraph(handoff.legalBasis().orElse("-"));
  }

  private void signature(PdfReport pdf, String sender, String actor) {
    pdf.paragraph(sender + ", " + issuer);
    pdf.paragraph("Surat ini dibuat oleh sistem Alur atas nama " + sender + " (petugas: " + actor + "); keasliannya "
        + "dapat diperiksa dengan nomor surat dan sidik SHA-256 yang tercatat pada jejak audit kasus.");
  }

  private Letter store(CaseFile caseFile, String kind, String number, PdfReport pdf, String actor) {
    String fileName = number.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
    CaseDocument document = documents.store(caseFile.trackingNumber(),
        new CaseDocuments.NewDocument(kind, fileName, "application/pdf", pdf.toBytes()), actor);
    return new Letter(number, document);
  }
}
