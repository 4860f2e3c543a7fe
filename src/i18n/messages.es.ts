/**
 * The shared strings in Spanish, loaded with each element's Spanish (its `<name>.messages.es.ts` imports
 * this), so a page in English never downloads them.
 */
import { common } from './messages.js';
import { translations } from './translate.js';

translations(common, 'es', {
  loading: 'Cargando…',
  empty: 'Todavía no hay nada que mostrar.',
  errorTitle: 'No se pudo mostrar este contenido',
  errorCount: 'Se encontraron {count} problemas:',
  errorCount_one: 'Se encontró 1 problema:',
  moreIssues: '…y {count} más.',
  networkError: 'No se pudo cargar {url}: {reason}',
  httpError: 'El servidor respondió {status} para {url}',
  notJson: '{url} no es JSON válido: {reason}',
  notJsonIssue: 'no es JSON válido: {reason}',
  source: 'Fuente',
  sources: 'Fuentes',
  sourcesCount: 'Fuentes ({count})',
  sample: 'Cifras de ejemplo para demostración, no son datos publicados',
  notAvailable: 'no disponible',
  meanWage: 'salario promedio',
  medianWage: 'salario mediano',
  perYear: 'al año',
  perHour: 'por hora',
  perYearShort: '/año',
  perHourShort: '/h',
  national: 'nacional',
  growth: 'crecimiento',
  openings: 'vacantes al año',
  topJob: 'Empleo destacado',
  showTable: 'Ver como tabla',
  showChart: 'Ver como gráfico',
  keyboardHelp: 'Ayuda de teclado',
  close: 'Cerrar',
  hour: '{count} horas',
  hour_one: '1 hora',
  day: '{count} días',
  day_one: '1 día',
  week: '{count} semanas',
  week_one: '1 semana',
  month: '{count} meses',
  month_one: '1 mes',
  year: '{count} años',
  year_one: '1 año',
});
