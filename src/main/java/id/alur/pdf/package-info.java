/**
 * PDF documents the city hands out or files: auditors' reports now, letters and permits later. Pages are laid
 * out in Java with one embedded Unicode font, so a name with any Latin letter prints as typed and no font
 * has to be installed on the server.
 */
@NonNullApi
package id.alur.pdf;

import org.springframework.lang.NonNullApi;
