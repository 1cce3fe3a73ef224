package id.alur.cases;

/**
 * The public statuses of all services, as DESIGN.md names them. Their texts, in Bahasa Indonesia and
 * English, are in {@code i18n/messages*.properties} under {@code case.status.<NAME>}.
 */
public enum CaseStatus {
  // permits (perizinan)
  DIAJUKAN, DIKEMBALIKAN, VERIFIKASI_TEKNIS, PERBAIKAN, SURVEI_LAPANGAN, MENUNGGU_PEMBAYARAN,
  MENUNGGU_PENETAPAN, TERBIT, DITOLAK, DIANGGAP_DIKABULKAN, DIHENTIKAN,
  // complaints (pengaduan)
  DITERIMA, DIVERIFIKASI, DIDISPOSISIKAN, DITINDAKLANJUTI, MENUNGGU_TANGGAPAN_PELAPOR, SELESAI,
  DIBUKA_KEMBALI, DIALIHKAN, DIARSIPKAN, DITUNDA,
  // budget requests (anggaran)
  DISETUJUI, PERLU_PERBAIKAN, MENUNGGU_APBD_P, DIUSULKAN_TAHUN_DEPAN, SPM_TERBIT, SP2D_TERBIT, DIBAYAR;

  String messageKey() {
    return "case.status." + name();
  }
}
