import type { ImportResult } from '../../../shared/api'
import type { Err } from '../../../shared/result'

/** One picked file and what became of it; the text is kept so a package that needs a decision can be resolved. */
export interface ImportReportEntry {
  file: string
  text: string
  result: ImportResult | Err
}
