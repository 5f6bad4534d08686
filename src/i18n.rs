//! The interface in English and Spanish. English is written in the code; [`t`] gives the
//! reader's language. A test (`tests/i18n.rs`) checks that every `t("…")` and `tf("…")` in the
//! code has its Spanish here.

use portolan_engine::link::Lang;
use std::cell::Cell;
use std::fmt::Display;

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Sets the language the next render uses (the app re-renders when it changes).
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// The browser's preferred language, if Portolan speaks it; English otherwise.
pub fn browser_lang() -> Lang {
    let preferred = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    if preferred.to_ascii_lowercase().starts_with("es") {
        Lang::Es
    } else {
        Lang::En
    }
}

/// A text of the interface in the reader's language.
pub fn t(english: &'static str) -> &'static str {
    match lang() {
        Lang::En => english,
        Lang::Es => spanish(english).unwrap_or(english),
    }
}

/// A text with `{}` holes, filled in order with `args`.
pub fn tf(english: &'static str, args: &[&dyn Display]) -> String {
    let template = t(english);
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut parts = template.split("{}");
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for part in parts {
        if let Some(a) = args.next() {
            out.push_str(&a.to_string());
        }
        out.push_str(part);
    }
    out
}

/// Numbers, dates and data codes in the reader's language.
pub mod fmt {
    use super::{lang, t};
    use portolan_engine::codes::Country;
    use portolan_engine::date::PartialDate;
    use portolan_engine::display;
    use portolan_engine::model::Seizure;

    pub fn date(d: PartialDate) -> String {
        display::date(d, lang())
    }
    pub fn precision_note(d: PartialDate) -> Option<&'static str> {
        display::precision_note(d, lang())
    }
    pub fn kg(v: f64) -> String {
        display::kg(v, lang())
    }
    /// "1 seizure", "12 seizures": the nouns are given in English and translated.
    pub fn count(n: usize, one: &'static str, many: &'static str) -> String {
        display::count(n, t(one), t(many), lang())
    }
    pub fn country(c: Country) -> String {
        display::country(c, lang())
    }
    pub fn countries(cs: &[Country]) -> String {
        display::countries(cs, lang())
    }
    pub fn cargo(k: portolan_engine::filter::CargoKind) -> &'static str {
        display::cargo(k, lang())
    }
    pub fn drug(d: portolan_engine::model::Drug) -> &'static str {
        display::drug(d, lang())
    }
    pub fn location_type(l: portolan_engine::model::LocationType) -> &'static str {
        display::location_type(l, lang())
    }
    pub fn port_name(p: &portolan_engine::model::Port) -> String {
        display::port_name(p, lang())
    }
    pub fn route(s: &Seizure) -> Option<String> {
        display::route(s, lang())
    }
    /// A record's free text in the reader's language: the Spanish version where the data has one,
    /// else the English, marked as such.
    pub fn text(english: &str, spanish: &str) -> String {
        match lang() {
            portolan_engine::link::Lang::Es if !spanish.is_empty() => spanish.to_string(),
            portolan_engine::link::Lang::Es if !english.is_empty() => {
                format!("{english} (en inglés)")
            }
            _ => english.to_string(),
        }
    }
}

/// The Spanish of every English text of the interface.
pub fn spanish(english: &str) -> Option<&'static str> {
    Some(match english {
        // Header, navigation, notices
        "Cocaine seizures at sea and in ports, from sourced public reporting" => "Incautaciones de cocaína en el mar y en puertos, según informes públicos con fuente",
        "Data as of " => "Datos a ",
        " · version " => " · versión ",
        "Skip to the content" => "Saltar al contenido",
        "Offline: showing the copy saved on this device, data version {}." => "Sin conexión: se muestra la copia guardada en este dispositivo, versión de los datos {}.",
        "Generated data" => "Datos generados",
        "Generated data, not real seizures. " => "Datos generados, no incautaciones reales. ",
        "You are looking at {} made up by Portolan from the patterns of the real data, for testing and demonstration. No number here describes real events." => "Está viendo {} creados por Portolan a partir de los patrones de los datos reales, para pruebas y demostraciones. Ninguna cifra describe hechos reales.",
        "Generating records… " => "Generando registros… ",
        "{} of {}" => "{} de {}",
        "Back to the real data" => "Volver a los datos reales",
        "Views" => "Vistas",
        "Map" => "Mapa",
        "Table" => "Tabla",
        "Routes" => "Rutas",
        "Port profile" => "Perfil del puerto",
        "About the data" => "Sobre los datos",
        "Language" => "Idioma",
        "Not everything could be used" => "No todo se pudo usar",
        "These parts of the link were ignored; the rest of the view is as linked:" => "Estas partes del enlace se ignoraron; el resto de la vista es como en el enlace:",
        "These data rows were left out:" => "Estas filas de datos se dejaron fuera:",
        "{}: no record with this id in the data shown" => "{}: ningún registro con este identificador en los datos mostrados",
        "data=local: this view was of a file on someone's own device, which cannot be opened from a link; showing the bundled data" => "data=local: esta vista era de un archivo en el dispositivo de otra persona, que no se puede abrir desde un enlace; se muestran los datos incluidos",
        // Counts and totals
        "seizure" => "incautación",
        "seizures" => "incautaciones",
        "record" => "registro",
        "records" => "registros",
        "route" => "ruta",
        "routes" => "rutas",
        "row" => "fila",
        "rows" => "filas",
        "row problem" => "problema de fila",
        "row problems" => "problemas de fila",
        "synthetic record" => "registro sintético",
        "synthetic records" => "registros sintéticos",
        "route leg" => "tramo",
        "route legs" => "tramos",
        "Loading records…" => "Cargando registros…",
        "{} · {} seized" => "{} · {} incautados",
        " ({} without a reported quantity)" => " ({} sin cantidad informada)",
        // Filters
        "Filters" => "Filtros",
        "Clear all" => "Borrar todo",
        "Clear" => "Borrar",
        "Show filters" => "Mostrar filtros",
        "Show filters ({} active)" => "Mostrar filtros (activos: {})",
        "Hide filters" => "Ocultar filtros",
        "Search the records" => "Buscar en los registros",
        "Place, cargo, concealment, vessel or summary, in English or Spanish" => "Lugar, carga, ocultamiento, buque o resumen, en inglés o en español",
        "From" => "Desde",
        "To" => "Hasta",
        "A year, a month (2021-06) or a day (2021-06-14)" => "Un año, un mes (2021-06) o un día (2021-06-14)",
        "YYYY-MM-DD" => "AAAA-MM-DD",
        "Quantity (kg)" => "Cantidad (kg)",
        "at least" => "al menos",
        "at most" => "como máximo",
        "Records without a reported quantity are left out of a range." => "Los registros sin cantidad informada quedan fuera de un rango.",
        "The minimum is above the maximum." => "El mínimo es mayor que el máximo.",
        "\"{}\" is not a number of kilograms" => "«{}» no es un número de kilogramos",
        "Country of seizure" => "País de la incautación",
        "Port of seizure" => "Puerto de la incautación",
        "Origin" => "Origen",
        "Destination" => "Destino",
        "Transit port" => "Puerto de tránsito",
        "Drug form" => "Forma de la droga",
        "Cargo" => "Carga",
        "Criminal group named" => "Grupo criminal mencionado",
        "Search {}" => "Buscar en {}",
        "Search…" => "Buscar…",
        "None under the current filters." => "Ninguno con los filtros actuales.",
        "Show fewer" => "Mostrar menos",
        "Show all {}" => "Mostrar los {}",
        // Map
        "Map of seizure places and routes" => "Mapa de lugares de incautación y rutas",
        "Map zoom" => "Zoom del mapa",
        "Zoom in" => "Acercar",
        "Zoom out" => "Alejar",
        "Whole world" => "Mundo entero",
        "World map. Use plus and minus to zoom, arrow keys to move, 0 to show the whole world; Tab moves through the places." => "Mapa del mundo. Use más y menos para el zoom, las flechas para moverse y 0 para ver el mundo entero; Tab recorre los lugares.",
        "Point at or tab to a place or route for its figures; select a port to open its profile." => "Señale un lugar o una ruta (o llegue con Tab) para ver sus cifras; seleccione un puerto para abrir su perfil.",
        "Loading the world map…" => "Cargando el mapa del mundo…",
        "Legend" => "Leyenda",
        "Circle area: kilograms seized there under the current filters." => "Área del círculo: kilogramos incautados allí con los filtros actuales.",
        "Dashed circle: seizures not in a named port, placed at the country (approximate)." => "Círculo discontinuo: incautaciones fuera de un puerto identificado, situadas en el país (aproximado).",
        "Arc width: kilograms moved along that leg. Solid: both ends named ports, as reported." => "Grosor del arco: kilogramos en ese tramo. Continuo: ambos extremos son puertos identificados, según la fuente.",
        "Dashed arc: an end known only as a country, so the line is approximate." => "Arco discontinuo: un extremo se conoce solo como país, por lo que la línea es aproximada.",
        "Showing the {} heaviest of {}. " => "Se muestran los {} más pesados de {}. ",
        "{} cannot be placed on the map. " => "{} no se pueden situar en el mapa. ",
        "Seizures show where enforcement found cocaine, not where it flows unseen." => "Las incautaciones muestran dónde las autoridades hallaron cocaína, no por dónde circula sin ser vista.",
        "{}: {}, {}" => "{}: {}, {}",
        " (not in a named port: placed at the country, approximate)" => " (fuera de un puerto identificado: situada en el país, aproximada)",
        " (approximate: one end is known only as a country)" => " (aproximado: un extremo se conoce solo como país)",
        "{}. Open the port profile." => "{}. Abrir el perfil del puerto.",
        "{}. Filter to this country." => "{}. Filtrar por este país.",
        // Timeline
        "Over time" => "A lo largo del tiempo",
        "Timeline options" => "Opciones de la línea de tiempo",
        "Years" => "Años",
        "Months" => "Meses",
        "Count" => "Número",
        "Kilograms" => "Kilogramos",
        "Drag across the bars to set the dates (or type them in the filters). Bars count the seizures under every other filter; those inside the dates are dark. " => "Arrastre sobre las barras para fijar las fechas (o escríbalas en los filtros). Las barras cuentan las incautaciones con los demás filtros; las que están dentro de las fechas son oscuras. ",
        "{} known only to the year are not in the monthly bars." => "{} conocidos solo por el año no están en las barras mensuales.",
        "Seizures per {} from {} to {}; the highest is {} with {}." => "Incautaciones por {} de {} a {}; el máximo es {} con {}.",
        "year" => "año",
        "month" => "mes",
        "No dated seizures under these filters." => "No hay incautaciones fechadas con estos filtros.",
        // Table and detail
        "Seizures" => "Incautaciones",
        "Select a column to sort; select a row (or press Enter on it) to open the full record." => "Seleccione una columna para ordenar; seleccione una fila (o pulse Intro en ella) para abrir el registro completo.",
        "Seizures table (scrolls)" => "Tabla de incautaciones (desplazable)",
        "Date" => "Fecha",
        "Place" => "Lugar",
        "Quantity" => "Cantidad",
        "Concealment" => "Ocultamiento",
        "not reported" => "no informado",
        "Close" => "Cerrar",
        "Caveat: " => "Advertencia: ",
        "Record" => "Registro",
        "Where" => "Dónde",
        "Port (UN/LOCODE)" => "Puerto (UN/LOCODE)",
        "Drug" => "Droga",
        "Vessel" => "Buque",
        "Route: " => "Ruta: ",
        "Origin countries" => "Países de origen",
        "Destination countries" => "Países de destino",
        "Groups named" => "Grupos mencionados",
        "Agencies" => "Organismos",
        "Source: " => "Fuente: ",
        "{} — as reported: “{}”" => "{} — según la fuente: «{}»",
        "no figure in kilograms — as reported: “{}”" => "sin cifra en kilogramos — según la fuente: «{}»",
        "quantity not reported" => "cantidad no informada",
        "Matching seizures, newest first" => "Incautaciones que coinciden, las más recientes primero",
        "No seizure in the data matches these filters. That is not evidence that none happened: " => "Ninguna incautación de los datos coincide con estos filtros. Eso no prueba que no hubiera ninguna: ",
        "the data holds reported seizures only." => "los datos solo contienen incautaciones informadas.",
        "Show {} more of {}" => "Mostrar {} más de {}",
        // Routes
        "Each row is a route from where a shipment was loaded to where it was going, as the sources report them, " => "Cada fila es una ruta desde donde se cargó un envío hasta donde iba, según las fuentes, ",
        "heaviest first. Where a source names only a country, the route starts or ends at that country: " => "de mayor a menor peso. Si una fuente nombra solo un país, la ruta empieza o termina en ese país: ",
        "the port is unknown, not absent. A route is what seizures reveal; it is not a measure of all that travels it." => "el puerto se desconoce, no falta. Una ruta es lo que revelan las incautaciones; no mide todo lo que circula por ella.",
        "{} under the current filters. {} name neither an origin nor a destination and are not listed." => "{} con los filtros actuales. {} no nombran ni origen ni destino y no se listan.",
        "Routes ranked by kilograms seized" => "Rutas ordenadas por kilogramos incautados",
        " (+{} without quantity)" => " (+{} sin cantidad)",
        // Port profile
        "{} here under the current filters, {} in all." => "{} aquí con los filtros actuales, {} en total.",
        "Show on the map" => "Ver en el mapa",
        "Top origins" => "Principales orígenes",
        "Top destinations" => "Principales destinos",
        "Cargo used as cover" => "Carga usada como tapadera",
        "Figures reported for this port" => "Cifras publicadas para este puerto",
        "Totals published by authorities or the press for a period. They count different things (see each metric), are not seizure events, and are never added to the seizure totals above." => "Totales publicados por autoridades o la prensa para un periodo. Cuentan cosas distintas (vea cada métrica), no son incautaciones y nunca se suman a los totales de arriba.",
        "Period" => "Periodo",
        "What is counted" => "Qué se cuenta",
        "Source" => "Fuente",
        "as reported: “{}”" => "según la fuente: «{}»",
        "Position: {} — {}" => "Posición: {} — {}",
        // Share, export, own data
        "Share, cite and export" => "Compartir, citar y exportar",
        "Copy link" => "Copiar enlace",
        "Link copied: it opens exactly this view." => "Enlace copiado: abre exactamente esta vista.",
        "Cite this view" => "Citar esta vista",
        "Copy citation" => "Copiar la cita",
        "Citation copied." => "Cita copiada.",
        "Export CSV" => "Exportar CSV",
        "Export JSON" => "Exportar JSON",
        "Map as SVG" => "Mapa en SVG",
        "Map saved as SVG." => "Mapa guardado en SVG.",
        "The map could not be saved." => "No se pudo guardar el mapa.",
        "{} records exported, with their sources." => "{} registros exportados, con sus fuentes.",
        "The export failed: {}" => "La exportación falló: {}",
        "The browser did not allow copying: select the text and copy it yourself." => "El navegador no permitió copiar: seleccione el texto y cópielo usted.",
        "This view is of a file on your computer: the link cannot show it to anyone else." => "Esta vista es de un archivo de su ordenador: el enlace no puede mostrárselo a nadie más.",
        "Explore your own file" => "Explorar su propio archivo",
        "Back to the bundled data" => "Volver a los datos incluidos",
        "Your file stays on this device." => "Su archivo se queda en este dispositivo.",
        " It is read in this browser tab and never sent anywhere; a link to its view cannot show it to anyone else." => " Se lee en esta pestaña del navegador y nunca se envía a ninguna parte; un enlace a su vista no puede mostrárselo a nadie más.",
        "Choose a CSV or JSON file, or drop it here" => "Elija un archivo CSV o JSON, o suéltelo aquí",
        "Reading the file… " => "Leyendo el archivo… ",
        "Which columns?" => "¿Qué columnas?",
        "Required: {}. " => "Obligatorias: {}. ",
        "Dates are YYYY, YYYY-MM or YYYY-MM-DD; countries two-letter codes; ports UN/LOCODEs from Portolan's port list; sources http(s) links; lists separated by “;”." => "Fechas AAAA, AAAA-MM o AAAA-MM-DD; países en códigos de dos letras; puertos en UN/LOCODE de la lista de puertos de Portolan; fuentes como enlaces http(s); listas separadas por «;».",
        "Optional: {}." => "Opcionales: {}.",
        "A JSON file is a list of objects with the same names. Rows with problems are listed and left out; the others load." => "Un archivo JSON es una lista de objetos con los mismos nombres. Las filas con problemas se listan y se dejan fuera; las demás se cargan.",
        "Download a template" => "Descargar una plantilla",
        "{} could not be used: {}." => "{} no se pudo usar: {}.",
        "{}: {} loaded of {} read{}." => "{}: {} cargados de {} leídas{}.",
        "; {} left out" => "; {} dejados fuera",
        "…and {} more." => "…y {} más.",
        "Open the full view" => "Abrir la vista completa",
        " · sourced cocaine seizures · data version {} · " => " · incautaciones de cocaína con fuente · versión de los datos {} · ",
        // About
        "About the data and the method" => "Sobre los datos y el método",
        "What the data is" => "Qué son los datos",
        "What the data is not" => "Qué no son los datos",
        "Coverage" => "Cobertura",
        "Records per year:" => "Registros por año:",
        "Records per country of seizure:" => "Registros por país de incautación:",
        "Quality" => "Calidad",
        "How to cite" => "Cómo citar",
        "Privacy" => "Privacidad",
        "Licences" => "Licencias",
        "{} of cocaine seizures, at sea and in ports, in {} countries from {} to {}, each with the public report it comes from ({} publishers: news outlets, customs and police releases, port authorities, research centres). Summaries are Portolan's own words, in English and Spanish. {} and {} figures reported for ports or countries complete it." => "{} de incautaciones de cocaína, en el mar y en puertos, en {} países de {} a {}, cada uno con el informe público del que procede ({} editores: medios, comunicados de aduanas y policía, autoridades portuarias, centros de investigación). Los resúmenes son de Portolan, en inglés y en español. {} y {} cifras publicadas para puertos o países los completan.",
        "port with its position" => "puerto con su posición",
        "ports with their positions" => "puertos con sus posiciones",
        "Seizures are not flows." => "Las incautaciones no son flujos.",
        " A seizure shows where enforcement found cocaine. A port with few records may be a port with little trafficking, or little enforcement, or little reporting." => " Una incautación muestra dónde las autoridades hallaron cocaína. Un puerto con pocos registros puede tener poco tráfico, o pocos controles, o poca información publicada.",
        "Bulk weights, not purity." => "Pesos brutos, no pureza.",
        " Quantities are as authorities reported them; they are not adjusted for purity, and a record without a figure has none — it is never counted as zero." => " Las cantidades son las que informaron las autoridades; no se ajustan por pureza, y un registro sin cifra no tiene ninguna: nunca se cuenta como cero.",
        "Not complete." => "No es completo.",
        " These are seizures that were reported publicly and found by the researchers. \"No record\" never means \"no trafficking\": see the coverage below." => " Son incautaciones informadas públicamente y halladas por los investigadores. «Sin registros» nunca significa «sin tráfico»: vea la cobertura más abajo.",
        "Dates at their precision." => "Fechas con su precisión.",
        " A date known only to the month or the year is shown that way and never given a day." => " Una fecha conocida solo por el mes o el año se muestra así y nunca recibe un día.",
        "Routes as journeys." => "Rutas como viajes.",
        " A journey runs from where the shipment was loaded through every transit the source names to where it was going; the place where it was stopped is put on it, and legs after that place were planned, never made (pale dotted on the map). A leg between two named ports is drawn as reported; where a source names only a country, the line is approximate." => " Un viaje va desde donde se cargó el envío, por cada tránsito que nombra la fuente, hasta donde iba; el lugar donde se detuvo se sitúa en él, y los tramos posteriores estaban previstos y nunca se hicieron (punteados claros en el mapa). Un tramo entre dos puertos identificados se dibuja según la fuente; si la fuente solo nombra un país, la línea es aproximada.",
        "Reported aggregates are separate." => "Las cifras agregadas van aparte.",
        " Annual figures published for ports count different things and are shown apart, never added to seizure totals." => " Las cifras anuales publicadas para puertos cuentan cosas distintas y se muestran aparte, nunca sumadas a los totales de incautaciones.",
        "Four fact-checks of random samples against the cited pages: of 51 records, 44 fully correct, 1 minor date error (fixed) and 6 whose page could not be checked; of 36 more, 30 correct, 1 wrong origin (fixed, with a caveat) and 5 not checkable; of 60 more, 52 correct, 2 minor errors and 1 wrong date (fixed) and 5 not found again; of 24 more, 17 correct, 2 minor errors and 1 wrong year (fixed) and 4 not found again. Known problems are shown as caveats beside the record." => "Cuatro verificaciones de muestras al azar frente a las páginas citadas: de 51 registros, 44 totalmente correctos, 1 error menor de fecha (corregido) y 6 cuya página no se pudo comprobar; de otros 36, 30 correctos, 1 origen erróneo (corregido, con advertencia) y 5 no comprobables; de otros 60, 52 correctos, 2 errores menores y 1 fecha errónea (corregidos) y 5 no encontrados de nuevo; de otros 24, 17 correctos, 2 errores menores y 1 año erróneo (corregidos) y 4 no encontrados de nuevo. Los problemas conocidos se muestran como advertencias junto al registro.",
        "Portolan, dataset version {} (as of {}): sourced records of maritime cocaine seizures. Cite the record's own source for any figure." => "Portolan, versión de los datos {} (a {}): registros con fuente de incautaciones marítimas de cocaína. Cite la fuente de cada registro para cualquier cifra.",
        "Every record links to its source; cite the source for any figure you use, and link to the Portolan view you used." => "Cada registro enlaza a su fuente; cite la fuente de cualquier cifra que use y enlace la vista de Portolan que usó.",
        "Portolan runs entirely in your browser. It contacts no one but the site that served it: no fonts, maps or analytics from elsewhere. Source links open without telling the source site where you came from." => "Portolan funciona por completo en su navegador. No contacta con nadie más que con el sitio que lo sirvió: ni fuentes tipográficas, ni mapas, ni analítica de terceros. Los enlaces a las fuentes se abren sin decir al sitio de dónde viene usted.",
        "Basemap: Natural Earth (public domain), via the world-atlas package (ISC licence, © Michael Bostock). The research data cites each record's source; the rights in the cited reports stay with their publishers." => "Mapa base: Natural Earth (dominio público), mediante el paquete world-atlas (licencia ISC, © Michael Bostock). Los datos citan la fuente de cada registro; los derechos de los informes citados son de sus editores.",
        "Journey" => "Viaje",
        "Route as reported" => "Ruta según la fuente",
        "Points in italics come after the place where it was stopped: the legs to them were planned and never made." => "Los puntos en cursiva vienen después del lugar donde se detuvo: los tramos hacia ellos estaban previstos y nunca se hicieron.",
        "{}; the {} heaviest are listed." => "{}; se listan los {} más pesados.",
        "{} — no route reported" => "{} — ruta no informada",
        "Journey, in order" => "Viaje, en orden",
        "loaded here" => "cargado aquí",
        "transit" => "tránsito",
        "stopped here" => "detenido aquí",
        "destination" => "destino",
        ", planned, never reached" => ", previsto, nunca alcanzado",
        " (planned: never made, the shipment was stopped before)" => " (previsto: nunca se hizo, el envío se detuvo antes)",
        "Pale dotted arc: a leg planned after the place where the shipment was stopped, never made." => "Arco punteado claro: un tramo previsto después del lugar donde se detuvo el envío, nunca hecho.",
        "{} – the date of the source" => "{} – la fecha de la fuente",
        "{} — {} (of which {})" => "{} — {} (de ellos {})",
        "{} (stopped here)" => "{} (detenido aquí)",
        "Showing the {} heaviest of {} journeys." => "Se muestran los {} viajes más pesados de {}.",
        "Journeys through this port" => "Viajes por este puerto",
        "Every journey that passes this port under the current filters, wherever the shipment was stopped, with the port's role on it." => "Cada viaje que pasa por este puerto con los filtros actuales, dondequiera que se detuviera el envío, con el papel del puerto en él.",
        "Legs through a place" => "Tramos por un lugar",
        "A leg is one step of a journey. Travelled: made before the shipment was stopped. Planned: after the place where it was stopped, never made." => "Un tramo es un paso de un viaje. Recorrido: hecho antes de que se detuviera el envío. Previsto: posterior al lugar donde se detuvo, nunca hecho.",
        "Through" => "Por",
        "any place" => "cualquier lugar",
        "leg" => "tramo",
        "legs" => "tramos",
        "Legs ranked by kilograms, travelled and planned apart" => "Tramos ordenados por kilogramos, recorridos y previstos por separado",
        "Travelled" => "Recorrido",
        "Planned, never made" => "Previsto, nunca hecho",
        "Legs table (scrolls)" => "Tabla de tramos (desplazable)",
        "Figures table (scrolls)" => "Tabla de cifras (desplazable)",
        "Routes table (scrolls)" => "Tabla de rutas (desplazable)",
        "The records could not be opened ({}). Reload the page; if this happens again, please report it." => "No se pudieron abrir los registros ({}). Recargue la página; si vuelve a ocurrir, infórmenos.",
        "Portolan map: {}" => "Mapa de Portolan: {}",
        "This link is {} characters long: some mail and chat programs cut links over 2,000 characters. Fewer filter values make it shorter." => "Este enlace tiene {} caracteres: algunos programas de correo y chat cortan los enlaces de más de 2.000 caracteres. Con menos valores en los filtros será más corto.",
        _ => return None,
    })
}
