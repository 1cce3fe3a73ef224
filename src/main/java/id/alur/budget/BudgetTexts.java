package id.alur.budget;

import id.alur.identity.OpdDirectory;
import id.alur.identity.Opd;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** What clerks read of a budget request on their forms, in Bahasa Indonesia as the forms are. */
@Component
class BudgetTexts {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  private final OpdDirectory opds;

  BudgetTexts(OpdDirectory opds) {
    this.opds = opds;
  }

  /** {@code Rp25.000.000}. */
  static String rupiah(long amount) {
    return "Rp" + NumberFormat.getIntegerInstance(INDONESIAN).format(amount);
  }

  String opdName(String code) {
    return opds.find(code).map(Opd::name).orElse(code);
  }

  String summary(BudgetRequest request) {
    StringBuilder text = new StringBuilder()
        .append(request.title()).append('\n')
        .append("Pengusul: ").append(opdName(request.requestingOpd())).append('\n')
        .append("Sub kegiatan: ").append(request.subKegiatan()).append('\n')
        .append("Rekening tujuan: ").append(request.targetAccount()).append('\n');
    request.source().ifPresent(source -> text
        .append("Rekening sumber: ").append(source.account()).append(" (sub kegiatan ").append(source.subKegiatan())
        .append(", ").append(opdName(source.opd())).append(")\n"));
    text.append("Jumlah: ").append(rupiah(request.amount())).append('\n')
        .append("Urgensi: ").append(request.urgency() == BudgetRequestProcess.Urgency.DARURAT
            ? "darurat (batas waktu setengah)" : "normal").append('\n')
        .append("Didanai DPA berjalan: ").append(request.fundedInDpa() ? "ya" : "tidak, perlu pergeseran").append('\n')
        .append("Alasan: ").append(request.justification());
    return text.toString();
  }

  String queuedForApbdPerubahan(String closes) {
    return "Pergeseran ini hanya dapat dilakukan melalui APBD Perubahan; usulan menunggu pembahasan APBD-P (jendela "
        + "usulan sampai " + closes + ").";
  }

  String deferredToPlanning(int year) {
    return "Pergeseran ini hanya dapat dilakukan melalui perubahan APBD dan jendela APBD-P tahun ini sudah tertutup; "
        + "usulan dialihkan ke perencanaan anggaran tahun " + year + ".";
  }

  String notInApbdPerubahan(int year, String note) {
    return "Usulan tidak masuk APBD Perubahan; dialihkan ke perencanaan anggaran tahun " + year + ". " + note;
  }
}
