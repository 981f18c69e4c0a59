export { usePostgres, type TestDatabase } from '../postgres'
import type { ProfileRef } from '../../../../src/shared/workflow'

export const REPORTER: ProfileRef = { id: 'u-reporter', name: 'রাহেলা', role: 'reporter' }
export const DESK: ProfileRef = { id: 'u-desk', name: 'ডেস্ক সম্পাদক', role: 'desk' }
export const CHIEF: ProfileRef = { id: 'u-chief', name: 'প্রধান সম্পাদক', role: 'chief' }
