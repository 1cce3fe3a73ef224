package id.alur.complaint;

import id.alur.identity.Opd;
import id.alur.identity.OpdDirectory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The places of Kota Tangerang Selatan a complaint may name: its kecamatan (OPDs of the directory, kec-pamulang...)
 * and their kelurahan ({@code city_kelurahan}), and the city's bounding box for coordinates
 * ({@code alur.complaint.city-bounds}: south, west, north, east in degrees). Names are matched as citizens type them:
 * case and surrounding blanks are forgiven; a kecamatan may be named by its name or its OPD code.
 */
@Service
public class CityAreas {

  private static final String KECAMATAN_PREFIX = "kec-";

  /** A kelurahan and its kecamatan, as the city writes them. */
  public record Place(String kecamatanOpd, String kecamatanName, String kelurahan) {
  }

  private final JdbcClient jdbc;
  private final OpdDirectory opds;
  private final double south;
  private final double west;
  private final double north;
  private final double east;

  CityAreas(JdbcClient jdbc, OpdDirectory opds, @Value("${alur.complaint.city-bounds}") List<Double> bounds) {
    if (bounds.size() != 4 || bounds.get(0) >= bounds.get(2) || bounds.get(1) >= bounds.get(3)) {
      throw new IllegalStateException("alur.complaint.city-bounds must be south,west,north,east; is " + bounds);
    }
    this.jdbc = jdbc;
    this.opds = opds;
    this.south = bounds.get(0);
    this.west = bounds.get(1);
    this.north = bounds.get(2);
    this.east = bounds.get(3);
  }

  /** The kecamatan by name ("Pondok Aren") or OPD code ("kec-pondok-aren"). */
  public Optional<Opd> kecamatan(String nameOrCode) {
    String wanted = nameOrCode.strip().toLowerCase(Locale.ROOT);
    return opds.all().stream()
        .filter(opd -> opd.code().startsWith(KECAMATAN_PREFIX))
        .filter(opd -> opd.code().equals(wanted) || opd.code().equals(KECAMATAN_PREFIX + wanted.replace(' ', '-'))
            || opd.name().toLowerCase(Locale.ROOT).equals(wanted)
            || opd.name().toLowerCase(Locale.ROOT).equals("kecamatan " + wanted))
        .findFirst();
  }

  /** The kelurahan of that kecamatan; empty when the kecamatan is unknown or the kelurahan not one of its own. */
  public Optional<Place> place(String kecamatan, String kelurahan) {
    return kecamatan(kecamatan).flatMap(opd -> jdbc.sql("""
            select kelurahan from city_kelurahan where kecamatan_opd = ? and lower(kelurahan) = ?""")
        .params(opd.code(), kelurahan.strip().toLowerCase(Locale.ROOT))
        .query(String.class)
        .optional()
        .map(name -> new Place(opd.code(), opd.name(), name)));
  }

  /** The city's kecamatan, in the directory's order, for the citizen's form. */
  public List<Opd> kecamatanList() {
    return opds.all().stream().filter(opd -> opd.code().startsWith(KECAMATAN_PREFIX)).toList();
  }

  /** The kelurahan of a kecamatan, for the citizen's form. */
  public List<String> kelurahanOf(String kecamatanOpd) {
    return jdbc.sql("select kelurahan from city_kelurahan where kecamatan_opd = ? order by kelurahan")
        .param(kecamatanOpd).query(String.class).list();
  }

  /** Whether a point lies in the city's bounding box (a first check; the box also covers some of its neighbours). */
  public boolean inside(double latitude, double longitude) {
    return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
  }
}
