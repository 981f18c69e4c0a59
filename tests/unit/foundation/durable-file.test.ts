import { describe, expect, it } from 'vitest'
import { writeFileDurably } from '../../../src/core/durable-file'
import { PowerLossFileSystem, type DiskState } from './power-loss-fs'

/**
 * The durable writer's protocol, checked against a power cut after every single file operation. A SIGKILL (the crash
 * test) cannot reveal a missing fsync, because the kernel still writes out what the process handed it; a power cut
 * drops unsynced data and unsynced directory entries, and that is what this file system simulates.
 */
const TARGET = '/data/articles/a1.json'
const OLD = '{"headline":"পুরনো শিরোনাম"}'
const NEW = '{"headline":"নতুন শিরোনাম — সংশোধিত"}'

const describeState = (fs: PowerLossFileSystem, step: number, state: DiskState) =>
  `power cut after step ${step} (${step === 0 ? 'before the write' : JSON.stringify(fs.operations[step - 1])}): ` +
  `disk holds ${JSON.stringify([...state])}\noperations: ${fs.operations.map((o) => `${o.op} ${o.path}${o.to ? ` → ${o.to}` : ''}`).join(', ')}`

describe('writeFileDurably under power loss', () => {
  it('leaves the old or the new content, whole, whichever step the power is cut after', async () => {
    const fs = new PowerLossFileSystem({ [TARGET]: OLD })
    await writeFileDurably(TARGET, NEW, fs)
    expect(fs.visible().get(TARGET)).toBe(NEW)
    expect(fs.afterPowerLoss.length).toBe(fs.operations.length + 1)
    fs.afterPowerLoss.forEach((state, step) => {
      expect([OLD, NEW], describeState(fs, step, state)).toContain(state.get(TARGET))
    })
  })

  it('has the new content on disk once it returns: an acknowledged write survives a power cut', async () => {
    const fs = new PowerLossFileSystem({ [TARGET]: OLD })
    await writeFileDurably(TARGET, NEW, fs)
    const last = fs.afterPowerLoss.at(-1)!
    expect(last.get(TARGET), describeState(fs, fs.afterPowerLoss.length - 1, last)).toBe(NEW)
  })

  it('creates a new file that is absent or whole after any power cut, and present once it returns', async () => {
    const fresh = '/data/revisions/a1/3.json'
    const fs = new PowerLossFileSystem()
    await writeFileDurably(fresh, NEW, fs)
    fs.afterPowerLoss.forEach((state, step) => {
      expect([undefined, NEW], describeState(fs, step, state)).toContain(state.get(fresh))
    })
    expect(fs.afterPowerLoss.at(-1)!.get(fresh)).toBe(NEW)
  })

  it('writes bytes as well as text', async () => {
    const fs = new PowerLossFileSystem({ [TARGET]: OLD })
    await writeFileDurably(TARGET, new TextEncoder().encode(NEW), fs)
    expect(fs.afterPowerLoss.at(-1)!.get(TARGET)).toBe(NEW)
  })

  for (const failing of ['write', 'fsync', 'rename'] as const) {
    it(`keeps the old file and leaves no temp file when ${failing} fails`, async () => {
      const fs = new PowerLossFileSystem({ [TARGET]: OLD })
      fs.failWhen((operation) => operation.op === failing)
      await expect(writeFileDurably(TARGET, NEW, fs)).rejects.toThrow(/EIO/)
      expect([...fs.visible()]).toEqual([[TARGET, OLD]])
      for (const [step, state] of fs.afterPowerLoss.entries()) expect(state.get(TARGET), describeState(fs, step, state)).toBe(OLD)
    })
  }
})

describe('the power-loss file system itself', () => {
  // The model must be strict enough to catch a writer without fsync; otherwise the tests above prove nothing.
  it('drops data that was renamed into place without an fsync of the file', async () => {
    const fs = new PowerLossFileSystem({ [TARGET]: OLD })
    const handle = await fs.open('/data/articles/.tmp', 'w')
    await handle.writeFile(NEW)
    await handle.close()
    await fs.rename('/data/articles/.tmp', TARGET)
    const dir = await fs.open('/data/articles', 'r')
    await dir.sync()
    expect(fs.afterPowerLoss.at(-1)!.get(TARGET)).toBe('')
  })

  it('forgets a rename whose folder was not fsynced', async () => {
    const fs = new PowerLossFileSystem({ [TARGET]: OLD })
    const handle = await fs.open('/data/articles/.tmp', 'w')
    await handle.writeFile(NEW)
    await handle.sync()
    await handle.close()
    await fs.rename('/data/articles/.tmp', TARGET)
    expect(fs.visible().get(TARGET)).toBe(NEW)
    expect(fs.afterPowerLoss.at(-1)!.get(TARGET)).toBe(OLD)
  })
})
