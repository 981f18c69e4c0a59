/** Exporters and importers: Barta JSON packages and IPTC ninjs. Pure; the services do the file I/O. */
export { exportBartaJson, importBartaJson, mediaIdsOf, BARTA_FORMAT, BARTA_FORMAT_VERSION } from './barta-json'
export type { BartaPackage, BartaImport } from './barta-json'
export { buildNinjs, exportNinjs, importNinjs, pubstatusOf, NINJS_SCHEMA_URI, SECTION_URI_PREFIX, TAG_URI_PREFIX } from './ninjs'
export type { NinjsItem, NinjsExportOptions, NinjsImport, NinjsImportOptions, ImportWarning } from './ninjs'
export { htmlToBody } from './html-to-body'
export type { HtmlToBodyOptions, HtmlImage } from './html-to-body'
export {
  MEDIA_TYPES,
  MEDIA_ID_PATTERN,
  MAX_IMAGE_BYTES,
  isMediaType,
  isSafeMediaId,
  mediaIdFor,
  sniffMediaType,
  imageSize,
  toDataUri,
  fromDataUri,
  typeOfMediaId,
  extensionOf
} from './media'
export type { MediaType, MediaBlob, PixelSize } from './media'
export { encodeBase64, decodeBase64 } from './base64'
export { sha256Hex } from './sha256'
export { parseUntrustedJson, stableStringify, MAX_IMPORT_CHARS } from './json'
