import type { Err } from '../shared/result'

/**
 * Thrown by a service that refuses a request for a reason the caller must see as it is (an unsafe setting, a library
 * opened read-only). The contract handlers return `refusal` unchanged instead of reporting a storage failure.
 */
export class Refusal extends Error {
  constructor(readonly refusal: Err) {
    super(refusal.message.en)
    this.name = 'Refusal'
  }
}

/** A write asked of a library opened only to read (`barta list`, `barta export` while nobody owns the folder). */
export function readOnlyRefusal(): Refusal {
  return new Refusal({
    ok: false,
    code: 'storage',
    message: {
      bn: 'লাইব্রেরিটি কেবল পড়ার জন্য খোলা হয়েছে; কিছুই লেখা হয়নি।',
      en: 'The library was opened read-only; nothing was written.'
    }
  })
}
