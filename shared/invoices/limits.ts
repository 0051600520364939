// What the invoice reader accepts, stated before any work: real invoices are far inside these.

const MIB = 1024 * 1024;
/** Largest file given to the reader (a batch zip included); a real invoice PDF is under 1 MB. */
export const MAX_INVOICE_FILE_BYTES = 32 * MIB;
/** Largest XML document (数电 XML, OFD parts); real ones are under 100 KB. */
export const MAX_INVOICE_XML_BYTES = 4 * MIB;
/** Most entries in a batch zip or an OFD package. */
export const MAX_ZIP_ENTRIES = 2_000;
/** Largest entry of a zip or OFD once inflated. */
export const MAX_ZIP_ENTRY_BYTES = 16 * MIB;
/** All entries of one batch zip inflated, together. */
export const MAX_ZIP_TOTAL_BYTES = 256 * MIB;
/** Pages of a PDF whose text is read (a long multi-line invoice has a few). */
export const MAX_INVOICE_PDF_PAGES = 20;
/** Deepest XML nesting accepted (invoices nest under 10). */
export const MAX_XML_DEPTH = 64;
