import type { ImportResult } from '../../../shared/api'
import type { ImportReportEntry } from '../lib/import-report'

type ImportDecision = Extract<ImportResult, { kind: 'decision' }>

/** A package that met a story the library holds with other text, and is waiting for the desk's choice. */
interface PendingDecision {
  entry: ImportReportEntry
  decision: ImportDecision
}

function decisionOf(entry: ImportReportEntry): ImportDecision | undefined {
  return 'kind' in entry.result && entry.result.kind === 'decision' ? entry.result : undefined
}

/** What became of each imported file, shown until closed; decisions are settled one at a time, first come first. */
class ImportReport {
  entries = $state.raw<ImportReportEntry[] | null>(null)
  readonly pending = $derived.by((): PendingDecision | undefined => {
    for (const entry of this.entries ?? []) {
      const decision = decisionOf(entry)
      if (decision) return { entry, decision }
    }
    return undefined
  })

  show(report: ImportReportEntry[]): void {
    this.entries = report
  }

  /** The id of the first story the import added, to open it. */
  firstImported(): string | undefined {
    for (const entry of this.entries ?? []) if ('kind' in entry.result && entry.result.kind === 'imported') return entry.result.id
    return undefined
  }

  settled(entry: ImportReportEntry): void {
    const rest = (this.entries ?? []).filter((item) => item !== entry)
    this.entries = rest.length > 0 ? rest : null
  }

  close(): void {
    this.entries = null
  }
}

export const importReport = new ImportReport()
