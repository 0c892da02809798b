// German labels for the parts of bpmn-js a Prozesswerk user sees most (palette, context pad, core properties).
// bpmn-js has no official German translation; anything missing here stays English.
const de = {
  'Activate hand tool': 'Hand-Werkzeug aktivieren',
  'Activate lasso tool': 'Lasso-Werkzeug aktivieren',
  'Activate create/remove space tool': 'Platz einfügen/entfernen',
  'Activate global connect tool': 'Verbindungswerkzeug aktivieren',
  'Create start event': 'Startereignis anlegen',
  'Create intermediate/boundary event': 'Zwischen-/Randereignis anlegen',
  'Create end event': 'Endereignis anlegen',
  'Create gateway': 'Gateway anlegen',
  'Create task': 'Aufgabe anlegen',
  'Create data object reference': 'Datenobjekt anlegen',
  'Create data store reference': 'Datenspeicher anlegen',
  'Create expanded sub-process': 'Aufgeklappten Teilprozess anlegen',
  'Create pool/participant': 'Pool/Teilnehmer anlegen',
  'Create group': 'Gruppe anlegen',
  'Add lane above': 'Lane oberhalb einfügen',
  'Add lane below': 'Lane unterhalb einfügen',
  'Divide into two lanes': 'In zwei Lanes teilen',
  'Divide into three lanes': 'In drei Lanes teilen',
  'Add text annotation': 'Textanmerkung hinzufügen',
  'Append end event': 'Endereignis anhängen',
  'Append gateway': 'Gateway anhängen',
  'Append task': 'Aufgabe anhängen',
  'Append intermediate/boundary event': 'Zwischen-/Randereignis anhängen',
  'Append receive task': 'Empfangsaufgabe anhängen',
  'Append message intermediate catch event': 'Nachrichten-Zwischenereignis anhängen',
  'Append timer intermediate catch event': 'Zeit-Zwischenereignis anhängen',
  'Append conditional intermediate catch event': 'Bedingungs-Zwischenereignis anhängen',
  'Append signal intermediate catch event': 'Signal-Zwischenereignis anhängen',
  'Append compensation activity': 'Kompensationsaktivität anhängen',
  'Change element': 'Element ändern',
  'Change type': 'Typ ändern',
  'Connect to other element': 'Mit anderem Element verbinden',
  'Connect using association': 'Über Assoziation verbinden',
  'Connect using data input association': 'Über Dateneingabe-Assoziation verbinden',
  'Delete': 'Löschen',
  'Search in diagram': 'Im Diagramm suchen',
  'General': 'Allgemein',
  'Name': 'Name',
  'ID': 'ID',
  'Documentation': 'Dokumentation',
  'Element documentation': 'Elementdokumentation',
  'Process documentation': 'Prozessdokumentation',
  'Executable': 'Ausführbar',
  'Version tag': 'Versionskennung',
  'Condition': 'Bedingung',
  'Condition expression': 'Bedingungsausdruck',
  'Extension properties': 'Erweiterungseigenschaften',
  'Multi-instance': 'Mehrfachinstanz',
  'Message': 'Nachricht',
  'Signal': 'Signal',
  'Timer': 'Zeitgeber',
  'Error': 'Fehler',
  'Escalation': 'Eskalation',
  'Compensation': 'Kompensation',
  'Link': 'Link',
  'Data object reference': 'Datenobjekt-Referenz',
  'Data store reference': 'Datenspeicher-Referenz',
  'ID must be unique.': 'Die ID muss eindeutig sein.',
  'ID must not be empty.': 'Die ID darf nicht leer sein.',
  'ID must not contain spaces.': 'Die ID darf keine Leerzeichen enthalten.',
  'ID must be a valid QName.': 'Die ID muss ein gültiger QName sein.',
  'ID must not contain prefix.': 'Die ID darf kein Präfix enthalten.',
  '<none>': '<keine>',
  'Select an element to edit its properties.': 'Wählen Sie ein Element, um seine Eigenschaften zu bearbeiten.',
  'Multiple elements are selected. Select a single one to edit its properties.':
    'Mehrere Elemente sind ausgewählt. Wählen Sie ein einzelnes, um seine Eigenschaften zu bearbeiten.'
};

/** A diagram-js translate service: German when the workbench runs in German, else the English original. */
export function createTranslateModule(language) {
  const dictionary = language === 'de' ? de : {};
  function translate(template, replacements) {
    replacements = replacements || {};
    const text = dictionary[template] || template;
    return text.replace(/{([^}]+)}/g, (_, key) => (key in replacements ? replacements[key] : '{' + key + '}'));
  }
  return { translate: ['value', translate] };
}
