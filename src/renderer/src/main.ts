// Bengali fonts ship inside the app (no network): Noto Sans Bengali for the interface, Noto Serif Bengali for copy.
import '@fontsource/noto-sans-bengali/400.css'
import '@fontsource/noto-sans-bengali/600.css'
import '@fontsource/noto-serif-bengali/400.css'
import '@fontsource/noto-serif-bengali/700.css'
import './app.css'
import { mount } from 'svelte'
import App from './App.svelte'
import { i18n } from './i18n/index.svelte'

document.documentElement.lang = i18n.language

const target = document.getElementById('app')
if (!target) throw new Error('#app is missing from index.html')

export default mount(App, { target })
