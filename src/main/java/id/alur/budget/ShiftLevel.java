package id.alur.budget;

/**
 * The highest level of the budget structure a shift (pergeseran) crosses, from the money's source to its target:
 * the table {@code BudgetShiftAuthority} names who may approve a shift of each level (Permendagri 77/2020: within
 * an objek by the PPKD, between objek of one jenis by the Sekda, anything above only by changing the APBD).
 */
enum ShiftLevel {
  SUB_RINCIAN_OBJEK, RINCIAN_OBJEK, OBJEK, JENIS, KELOMPOK, SUB_KEGIATAN, KEGIATAN, PROGRAM, ORGANISASI;

  /** Where the money comes from or goes to: an account of a sub-kegiatan of an OPD. */
  record Line(String opd, SubKegiatanCode subKegiatan, AccountCode account) {
  }

  /** The level crossed; the two lines must differ. */
  static ShiftLevel between(Line source, Line target) {
    if (!source.opd().equals(target.opd())) {
      return ORGANISASI;
    }
    if (!source.subKegiatan().program().equals(target.subKegiatan().program())) {
      return PROGRAM;
    }
    if (!source.subKegiatan().kegiatan().equals(target.subKegiatan().kegiatan())) {
      return KEGIATAN;
    }
    if (!source.subKegiatan().equals(target.subKegiatan())) {
      return SUB_KEGIATAN;
    }
    AccountCode from = source.account();
    AccountCode to = target.account();
    if (!from.kelompok().equals(to.kelompok())) {
      return KELOMPOK;
    }
    if (!from.jenis().equals(to.jenis())) {
      return JENIS;
    }
    if (!from.objek().equals(to.objek())) {
      return OBJEK;
    }
    if (!from.rincianObjek().equals(to.rincianObjek())) {
      return RINCIAN_OBJEK;
    }
    if (!from.equals(to)) {
      return SUB_RINCIAN_OBJEK;
    }
    throw new IllegalArgumentException("a shift needs a source other than its target: " + source);
  }
}
