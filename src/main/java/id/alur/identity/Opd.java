package id.alur.identity;

/**
 * An OPD (Organisasi Perangkat Daerah): one agency of the city, such as Dinas Cipta Karya dan Tata Ruang.
 * Its code ({@code dcktr}) is also the engine group of its staff.
 */
public record Opd(String code, String name, String kind, String handles) {
}
