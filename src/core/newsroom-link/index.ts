export { NewsroomLink, type LinkOptions, type LinkTiming } from './link'
export { linkedHandlers } from './linked-handlers'
export { httpTransport, type NewsroomTransport, type LinkMethod } from './transport'
