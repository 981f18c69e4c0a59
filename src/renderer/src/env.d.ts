/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { BartaApi } from '../../shared/api'

declare global {
  interface Window {
    /** Present inside the Electron app (set by the preload); absent in the browser host. */
    barta?: BartaApi
  }
}

export {}
