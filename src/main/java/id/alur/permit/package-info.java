/**
 * Online permits (perizinan online) of DPMPTSP: the issued permit, numbered without gaps per permit code and
 * year, printed as a PDF with a QR code, signed over its content, and verifiable by anyone on a public page and
 * API ({@link PermitCertificates} is the contract for the permit process).
 */
@NonNullApi
package id.alur.permit;

import org.springframework.lang.NonNullApi;
