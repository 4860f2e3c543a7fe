// The documents' own prose in Spanish (`translations.es`), as read in Colorado: Latin American Spanish,
// "usted" as the elements' own Spanish text uses it. All in one file so a reviewer reads it in one place.
//
// Only this project's prose is here: titles, summaries, stage labels, ladder titles, notes, sector names.
// Names of occupations and credentials (and of sources, programmes and web pages quoted in notes) stay
// as published, in English: the elements mark them `lang="en"` inside a Spanish view. No figure is here.

/** Labels of the stages every Colorado pathway uses (build-pathway.mjs STAGES). */
export const STAGES_ES = {
  start: 'Empiece aquí',
  entry: 'Nivel inicial',
  mid: 'Nivel intermedio',
  advanced: 'Nivel avanzado',
};

/** build-pathway.mjs FIGURES_NOTE, which ends every pathway's summary. */
export const FIGURES_NOTE_ES =
  'Los salarios son promedios de Colorado (mayo de 2023); el crecimiento, las vacantes y el nivel educativo típico de ingreso son proyecciones nacionales de la Oficina de Estadísticas Laborales (BLS) para 2024–34.';

/** Sector names, keyed as sectors.mjs writes them. */
export const SECTORS_ES = {
  'Agriculture, Energy and Natural Resources': 'Agricultura, energía y recursos naturales',
  'Arts, Media and Entertainment': 'Artes, medios de comunicación y entretenimiento',
  'Business Operations': 'Operaciones de negocios',
  Construction: 'Construcción',
  Cybersecurity: 'Ciberseguridad',
  Education: 'Educación',
  'Engineering and Science': 'Ingeniería y ciencias',
  Healthcare: 'Salud',
  'Hospitality and Food Service': 'Hotelería y servicios de alimentos',
  'Human Services': 'Servicios sociales',
  'Information Technology': 'Tecnología de la información',
  'Maintenance and Repair': 'Mantenimiento y reparación',
  Manufacturing: 'Manufactura',
  'Public Safety and Military': 'Seguridad pública y fuerzas armadas',
  'Sales and Retail': 'Ventas y comercio minorista',
  'Transportation and Logistics': 'Transporte y logística',
};

/** Notes on edges, keyed by the note as the specs write it (shared by the IT and cybersecurity maps). */
export const NOTES_ES = {
  'Together with a Registered Nurse license.': 'Junto con una licencia de enfermería registrada (RN).',
  'Listed by My Colorado Journey among certifications for Computer/Network System Administrator (careers/78).':
    'My Colorado Journey la incluye entre las certificaciones para Computer/Network System Administrator (careers/78).',
  'Listed by My Colorado Journey for Computer Network Architect (careers/80).':
    'My Colorado Journey la incluye para Computer Network Architect (careers/80).',
  'My Colorado Journey, Computer Network Architect (careers/80): identified by employers as a key feeder role into a Cybersecurity career.':
    'My Colorado Journey, Computer Network Architect (careers/80): los empleadores lo señalan como un puesto clave para pasar a una carrera en ciberseguridad.',
  'My Colorado Journey, Security Operation Center Analyst (careers/556): for entry-level jobs, CompTIA Security+ with Network+ or a vendor-specific certification such as CCNA was identified as valued by employers.':
    'My Colorado Journey, Security Operation Center Analyst (careers/556): para empleos de nivel inicial, los empleadores valoran CompTIA Security+ junto con Network+ o una certificación de un fabricante, como CCNA.',
  "Next certification in CompTIA's IT Networking Specialist pathway (CTDL example)":
    'Siguiente certificación en la ruta IT Networking Specialist de CompTIA (ejemplo de CTDL)',
};

/** Each pathway's own prose, by pathway id. `summary` is followed by FIGURES_NOTE_ES, as in English. */
export const PATHWAYS_ES = {
  'co-it': {
    title: 'Tecnología de la información',
    summary:
      'Rutas hacia el trabajo en tecnología de la información en Colorado, desde el soporte técnico y las primeras certificaciones hasta puestos en software, redes, datos y gerencia.',
    ladders: {
      'comptia-infrastructure': 'Certificaciones de infraestructura de CompTIA',
      'it-degrees': 'Del certificado en TI al título universitario',
    },
    descriptions: {
      'co-tech-apprenticeship':
        'Programa de aprendizaje del Colorado Community College System para ocupaciones de TI, financiado con una subvención del Departamento de Trabajo de EE. UU.; instituciones principales: ACC, CCD, FRCC y PCC.',
    },
  },
  'co-healthcare': {
    title: 'Salud',
    summary:
      'Rutas hacia el trabajo en el sector de la salud en Colorado, desde certificados de corta duración, como auxiliar de enfermería, técnico en emergencias médicas (EMT) y flebotomía, hasta puestos con licencia en enfermería, terapia y gerencia.',
    ladders: { nursing: 'Enfermería' },
  },
  'co-construction': {
    title: 'Construcción',
    summary:
      'Rutas hacia la construcción y los oficios especializados en Colorado, desde programas de preaprendizaje y puestos de ayudante, pasando por programas de aprendizaje registrados y licencias de oficio, hasta la supervisión y la gerencia de obras.',
    ladders: { electrician: 'Electricista', plumber: 'Plomero' },
  },
  'co-business-operations': {
    title: 'Operaciones de negocios',
    summary:
      'Rutas desde el trabajo de oficina y de atención al cliente en Colorado hacia puestos de teneduría de libros, contabilidad, recursos humanos, gestión de proyectos y gerencia.',
    ladders: { 'business-degrees': 'Del certificado en negocios al MBA', accounting: 'Contabilidad' },
  },
  'co-cybersecurity': {
    title: 'Ciberseguridad',
    summary:
      'Rutas hacia la ciberseguridad en Colorado: pocos empleos contratan directamente a personas sin experiencia, así que el mapa empieza en soporte de TI, redes y administración de sistemas, y suma certificaciones de seguridad en el camino.',
    ladders: {
      'security-certifications': 'Certificaciones de seguridad',
      'cybersecurity-degrees': 'Del certificado en ciberseguridad al título universitario',
    },
  },
};

/** The campaign's own prose: its title (the sample copy adds its own words) and what it counts. */
export const CAMPAIGN_ES = {
  title: 'Campaña por Un Millón de Credenciales',
  sampleTitle: 'Campaña por Un Millón de Credenciales (cifras de muestra)',
  unit: 'credenciales',
};

export const OCCUPATIONS_ES = { title: 'Ocupaciones de Colorado' };

/**
 * A pathway document's `translations.es`, from its spec's Spanish and the parts of the document it has:
 * stage labels, ladder titles, node descriptions and edge notes only for what the document contains
 * (a translation keyed by something absent is an error in validation). Throws where a piece of the
 * document's prose has no Spanish, so a new pathway, ladder or note cannot ship half translated.
 */
export function pathwayTranslation(doc) {
  const es = PATHWAYS_ES[doc.id];
  if (!es) throw new Error(`${doc.id}: no Spanish in scripts/data/spanish.mjs`);
  const need = (map, key, what) => {
    if (!map?.[key]) throw new Error(`${doc.id}: no Spanish for ${what} "${key}" in scripts/data/spanish.mjs`);
    return map[key];
  };
  const notes = [...new Set(doc.edges.map((e) => e.note).filter(Boolean))];
  const described = doc.nodes.filter((n) => n.kind !== 'occupation' && n.description);
  const translation = {
    title: es.title,
    sector: need(SECTORS_ES, doc.sector, 'sector'),
    summary: `${es.summary} ${FIGURES_NOTE_ES}`,
    stages: Object.fromEntries(doc.stages.map((s) => [s.id, need(STAGES_ES, s.id, 'stage')])),
    ladders: Object.fromEntries(doc.ladders.map((l) => [l.id, need(es.ladders, l.id, 'ladder')])),
  };
  // Occupation descriptions are the SOC definitions, published text: they stay as written.
  if (described.length) translation.descriptions = Object.fromEntries(described.map((n) => [n.id, need(es.descriptions, n.id, 'description of')]));
  if (notes.length) translation.notes = Object.fromEntries(notes.map((note) => [note, need(NOTES_ES, note, 'note')]));
  return { es: translation };
}
