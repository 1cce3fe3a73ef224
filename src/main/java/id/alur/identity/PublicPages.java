package id.alur.identity;

/**
 * Where the app's public, server-rendered pages live: read-only pages anyone may open without a login (the
 * verification of an issued permit, reached from its QR code). {@link SecurityConfiguration} opens them to GET
 * only, with a Content-Security-Policy that allows nothing but their own stylesheet.
 */
public final class PublicPages {

  public static final String PATH = "/izin";
  /** {@code /izin/verifikasi/PBG-000123-DPMPTSP-2026}: is the permit of that number genuine? */
  public static final String PERMIT_VERIFICATION = PATH + "/verifikasi";
  /** The pages' stylesheet: no data, served like the pages. */
  public static final String ASSETS = PATH + "/assets";

  private PublicPages() {
  }
}
