package id.alur.cases;

/**
 * How staff views show a citizen's identifiers (UU 27/2022 PDP): enough to recognise what the citizen gave, not
 * enough to use it. One place, so that permits and complaints mask alike.
 */
public final class PersonalDataMasks {

  private PersonalDataMasks() {
  }

  /** {@code 3674********0001}: province and regency code and the last four digits. */
  public static String nik(String nik) {
    return nik.length() < 16 ? "****************" : nik.substring(0, 4) + "********" + nik.substring(12);
  }

  /** {@code 0812****2222}. */
  public static String phone(String phone) {
    return phone.length() <= 8 ? "****" : phone.substring(0, 4) + "****" + phone.substring(phone.length() - 4);
  }
}
