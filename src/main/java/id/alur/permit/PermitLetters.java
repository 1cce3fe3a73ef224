package id.alur.permit;

import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.identity.OpdDirectory;
import id.alur.identity.PublicPages;
import id.alur.pdf.PdfReport;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The permit as the holder gets it: a one-page Surat Izin naming the holder, the object and its location, the
 * conditions, the date of issue and the status, with a QR code that opens the public verification page of its
 * number. Everything on it is also in the signed row, so the page shows what the paper should say.
 */
@Component
class PermitLetters {

  static final String KIND = "PERMIT";
  static final String DEEMED_GRANTED_BASIS = "fiktif positif, UU 30/2014 pasal 53 sebagaimana diubah UU 6/2023";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
  private static final float QR_SIZE = 110;

  private final OpdDirectory opds;
  private final CaseRegistry cases;
  private final ZoneId zone;
  private final String publicBaseUrl;

  PermitLetters(OpdDirectory opds, CaseRegistry cases, @Value("${alur.cases.zone}") ZoneId zone,
      @Value("${alur.public-base-url}") String publicBaseUrl) {
    this.opds = opds;
    this.cases = cases;
    this.zone = zone;
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  /** Where the QR code leads: the public page that checks the permit. */
  String verificationUrl(PermitNumber number) {
    return publicBaseUrl + PublicPages.PERMIT_VERIFICATION + "/" + number.dashed();
  }

  static String fileName(PermitNumber number) {
    return "izin-" + number.dashed() + ".pdf";
  }

  /** Indonesian, as printed: "Terbit", or "Dianggap dikabulkan (fiktif positif, ...)". */
  String statusText(boolean deemedGranted) {
    if (!deemedGranted) {
      return cases.publicStatus(CaseStatus.TERBIT).indonesian();
    }
    return cases.publicStatus(CaseStatus.DIANGGAP_DIKABULKAN).indonesian() + " (" + DEEMED_GRANTED_BASIS + ")";
  }

  byte[] render(PermitNumber number, String issuingOpd, Instant issuedAt, PermitContent content) {
    String issuer = opds.find(issuingOpd).map(opd -> opd.name()).orElse(issuingOpd.toUpperCase(Locale.ROOT));
    PdfReport pdf = new PdfReport("SURAT IZIN " + content.permitTypeName(), issuer + " · " + number.value(), false);
    pdf.heading(issuer.toUpperCase(Locale.ROOT));
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Nomor izin", number.value());
    facts.put("Jenis izin", content.permitTypeName());
    facts.put("Pemegang izin", content.holderName());
    facts.put("Objek", content.objectDescription());
    facts.put("Lokasi", content.objectLocation());
    facts.put("Tanggal terbit", DATE.format(issuedAt.atZone(zone)));
    facts.put("Status", statusText(content.deemedGranted()));
    facts.put("Nomor registrasi", content.trackingNumber());
    pdf.labelled(facts);
    pdf.heading("Ketentuan");
    List<String> conditions = content.conditions();
    if (conditions.isEmpty()) {
      pdf.paragraph("Tidak ada ketentuan khusus.");
    }
    for (int i = 0; i < conditions.size(); i++) {
      pdf.paragraph((i + 1) + ". " + conditions.get(i));
    }
    if (content.deemedGranted()) {
      pdf.paragraph("Permohonan ini dianggap dikabulkan secara hukum karena tidak ditetapkan dalam batas waktu "
          + "standar pelayanan (" + DEEMED_GRANTED_BASIS + "); surat ini diterbitkan oleh sistem.");
    }
    String url = verificationUrl(number);
    pdf.heading("Keaslian / Authenticity");
    pdf.qrCode(url, QR_SIZE, "Pindai kode QR ini atau buka " + url + " untuk memeriksa bahwa surat izin ini asli "
        + "dan isinya tidak berubah.\n\nScan this QR code or open the address above to check that this permit is "
        + "genuine and unchanged.");
    pdf.paragraph("Surat izin ini diterbitkan secara elektronik melalui sistem Alur atas nama " + issuer + ".");
    return pdf.toBytes();
  }
}
