import type { DesignMessages } from './en.ts';

/** The builder's strings in Romanian, loaded with the Design screens only. */
export const ro: DesignMessages = {
  listFailed: 'Chestionarele nu au putut fi încărcate.',
  loadFailed: 'Acest chestionar nu a putut fi încărcat.',
  backToList: 'Înapoi la chestionare',
  neverPublished: 'Nepublicat încă',
  hasDraft: 'modificări nepublicate',
  basedOn: 'Ciornă pe baza versiunii {{version}}',
  unsaved: 'Modificări nesalvate',
  allSaved: 'Toate modificările sunt salvate',
  save: 'Salvează ciorna',
  saving: 'Se salvează…',
  saved: 'Ciorna a fost salvată.',
  saveFailed: 'Ciorna nu a putut fi salvată. Verificați conexiunea și încercați din nou.',
  downloadXlsForm: 'Descarcă XLSForm',
  downloadFailed: 'Fișierul XLSForm nu a putut fi creat. Corectați mai întâi erorile.',
  publishBlocked: 'Erori de corectat înainte de publicare: {{n}}',
  leaveConfirm: 'Aveți modificări nesalvate. Ieșiți fără să salvați?',
  editLanguage: 'Limba editată',
  sidePanel: 'Probleme și previzualizare',
  missing: 'lipsește',
  duplicate: 'Duplică',
  delete: 'Șterge',
  moveUp: 'Mută {{name}} mai sus',
  moveDown: 'Mută {{name}} mai jos',
  otherOption: 'Altceva',
  yesNo: {
    yes: 'Da',
    no: 'Nu',
    dont_know: 'Nu știu',
  },
  tabs: {
    label: 'Vederile editorului',
    structure: 'Întrebări',
    translations: 'Traduceri',
    indicators: 'Indicatori',
    history: 'Versiuni',
  },
  start: {
    title: 'Începeți un chestionar',
    how: 'Punct de pornire',
    scratch: 'Un chestionar gol',
    library: 'Un chestionar din bibliotecă',
    xlsform: 'Un fișier XLSForm',
    id: 'Identificatorul chestionarului',
    idOptional: 'Identificatorul chestionarului (opțional, altfel se ia din fișier)',
    idHint: 'Litere mici, cifre și „-”, de ex. „nsp-satisfactie-chisinau”.',
    surveyTitle: 'Titlu',
    language: 'Prima limbă',
    librarySurvey: 'Chestionar din bibliotecă',
    file: 'Registru XLSForm (.xlsx, .xls)',
    submit: {
      scratch: 'Creează chestionarul',
      library: 'Copiază chestionarul',
      xlsform: 'Importă fișierul',
    },
    taken: 'Există deja un chestionar cu acest identificator. Alegeți altul.',
    failed: 'Nu a reușit: {{reason}}',
    offline: 'Serverul nu poate fi accesat. Verificați conexiunea.',
    imported: 'Importat ca „{{id}}”. Erori de corectat: {{n}}.',
    openDraft: 'Deschide ciorna',
  },
  report: {
    title: 'Raportul de conversie',
    clean: 'Tot conținutul fișierului a fost convertit.',
    severity: 'Tip',
    sheet: 'Foaie',
    row: 'Rând',
    column: 'Coloană',
    message: 'Mesaj',
  },
  survey: {
    title: 'Titlul chestionarului',
    description: 'Descrierea chestionarului',
  },
  section: {
    list: 'Secțiuni și întrebări',
    none: 'Încă nu există secțiuni.',
    add: 'Adaugă o secțiune',
    newTitle: 'Secțiunea {{n}}',
    heading: 'Secțiunea {{n}}',
    settings: 'Setările secțiunii',
    id: 'Identificatorul secțiunii',
    title: 'Titlul secțiunii',
    description: 'Descrierea secțiunii',
    empty: 'Încă nu există întrebări în această secțiune.',
    newKind: 'Tipul întrebării noi',
    addItem: 'Adaugă o întrebare',
    deleteConfirm: 'Ștergeți secțiunea „{{name}}” și întrebările ei ({{n}})?',
  },
  item: {
    id: 'Identificatorul întrebării',
    kind: 'Tip',
    label: 'Textul întrebării',
    hint: 'Indicație',
    required: 'Obligatorie',
    sensitive: 'Sensibilă (ar putea identifica pe cineva)',
    conditional: 'condiționată',
    newLabel: 'Întrebare nouă',
    deleteConfirm: 'Ștergeți întrebarea „{{name}}”?',
    other: 'Oferă „Altceva, precizați”',
    otherLabel: 'Textul pentru „Altceva”',
    maxSelections: 'Numărul maxim de răspunsuri',
    rows: 'Rânduri',
    rowId: 'Identificatorul rândului {{n}}',
    rowLabel: 'Textul rândului {{n}}',
    removeRow: 'Elimină rândul {{n}}',
    addRow: 'Adaugă un rând',
    newRow: 'Rândul {{n}}',
    ratingFrom: 'Scala începe de la',
    ratingTo: 'Scala se termină la',
    minLabel: 'Eticheta valorii celei mai mici',
    maxLabel: 'Eticheta valorii celei mai mari',
    dontKnow: 'Oferă „Nu știu”',
    min: 'Valoarea cea mai mică',
    max: 'Valoarea cea mai mare',
    integer: 'Doar numere întregi',
    unit: 'Unitate',
    maxLength: 'Lungimea maximă a răspunsului (caractere)',
    long: 'Câmp pentru răspuns lung',
    earliest: 'Cea mai veche dată',
    latest: 'Cea mai recentă dată',
  },
  kind: {
    singleChoice: 'Alegere unică',
    multiChoice: 'Alegere multiplă',
    yesNo: 'Da / nu',
    likert: 'Scală de acord (Likert)',
    rating: 'Evaluare',
    number: 'Număr',
    text: 'Text liber',
    date: 'Dată',
    matrix: 'Grilă de rânduri cu scală',
    note: 'Notă (fără răspuns)',
    calculate: 'Calcul (o valoare calculată)',
  },
  choice: {
    title: 'Variante de răspuns',
    inline: 'Variantele acestei întrebări',
    shared: 'O listă comună de variante',
    list: 'Lista de variante',
    value: 'Codul variantei {{n}}',
    label: 'Textul variantei {{n}}',
    notApplicable: 'Nu se aplică / nu știu',
    score: 'Punctajul variantei {{n}}',
    exclusive: 'Exclude celelalte răspunsuri',
    up: 'Mută varianta {{n}} mai sus',
    down: 'Mută varianta {{n}} mai jos',
    remove: 'Elimină varianta {{n}}',
    add: 'Adaugă o variantă',
    newLabel: 'Varianta {{n}}',
    makeShared: 'Fă din aceste variante o listă comună',
    noLists: 'Chestionarul nu are încă liste comune de variante.',
  },
  lists: {
    title: 'Liste comune de variante',
    intro: 'O listă folosită de mai multe întrebări, de exemplu o scală de acord în cinci trepte.',
    usedBy: 'întrebări care o folosesc: {{n}}',
    newName: 'Numele unei liste noi',
    add: 'Adaugă o listă',
    delete: 'Șterge lista {{name}}',
    deleteConfirm: 'Ștergeți lista de variante „{{name}}”?',
  },
  condition: {
    itemTitle: 'Afișează această întrebare când',
    sectionTitle: 'Afișează această secțiune când',
    always: 'Afișată mereu.',
    join: 'Afișează când',
    all: 'toate acestea sunt adevărate',
    any: 'oricare dintre acestea este adevărată',
    question: 'Întrebarea condiției {{n}}',
    operator: 'Testul condiției {{n}}',
    value: 'Valoarea condiției {{n}}',
    pickValue: 'Alegeți o valoare',
    remove: 'Elimină condiția {{n}}',
    add: 'Adaugă o condiție',
    noEarlier: 'Nu există o întrebare anterioară de care să depindă.',
    unknown: 'Întrebare necunoscută „{{id}}”',
    complex:
      'Această condiție este prea complexă pentru editor. Este păstrată așa cum este; o puteți înlocui cu una simplă.',
    replace: 'Înlocuiește cu o condiție simplă',
    replaceConfirm: 'Eliminați această condiție și începeți una nouă?',
  },
  op: {
    eq: 'este',
    neq: 'nu este',
    in: 'este una dintre',
    notIn: 'nu este niciuna dintre',
    gt: 'este mai mare decât',
    gte: 'este cel puțin',
    lt: 'este mai mic decât',
    lte: 'este cel mult',
    answered: 'are răspuns',
    selected: 'include',
  },
  dnd: {
    handle: 'Trageți {{name}}',
    instructions:
      'Pentru a reordona, apăsați Spațiu pentru a ridica, săgețile pentru a muta, din nou Spațiu pentru a plasa sau Escape pentru a anula.',
    picked: 'Ați ridicat {{name}}, poziția {{position}} din {{total}}.',
    over: '{{name}} este în poziția {{position}} din {{total}}.',
    outside: '{{name}} este în afara listei.',
    dropped: '{{name}} a fost plasat în poziția {{position}} din {{total}}.',
    cancelled: 'Mutarea lui {{name}} a fost anulată.',
  },
  translations: {
    title: 'Traduceri',
    text: 'Textul',
    complete: 'completă',
    missingCount: 'lipsesc: {{n}}',
    remove: 'Elimină {{name}}',
    removeConfirm: 'Eliminați {{name}} și toate textele ei din chestionar?',
    add: 'Adăugați o limbă (cod, de ex. „ro”)',
    addButton: 'Adaugă limba',
    reviewSource: 'limba sursă',
    reviewed: 'verificată de un membru al comunității ({{date}})',
    notReviewed: 'neverificată de un membru al comunității',
    reviewNote:
      'Un vorbitor nativ din comunitate a verificat chestionarele din bibliotecă și ecranele kolo în: {{languages}}. Cereți verificarea oricărei alte limbi înainte de munca de teren.',
    reviewNone:
      'Nicio limbă a chestionarelor din bibliotecă și a ecranelor kolo nu a fost încă verificată de un vorbitor nativ din comunitate. Cereți verificarea traducerilor înainte de munca de teren.',
  },
  path: {
    survey: 'Chestionar',
    question: 'Întrebarea {{id}}',
    section: 'Secțiunea {{id}}',
    indicator: 'Indicatorul {{id}}',
    list: 'Lista de variante {{id}}',
    option: 'Varianta {{n}}',
    row: 'Rândul {{n}}',
  },
  field: {
    title: 'Titlu',
    description: 'Descriere',
    label: 'Textul',
    hint: 'Indicație',
    minLabel: 'Eticheta minimă',
    maxLabel: 'Eticheta maximă',
    unit: 'Unitate',
    id: 'Identificator',
    choices: 'Lista de variante',
    options: 'Variante',
    showIf: 'Condiție',
    rows: 'Rânduri',
    other: 'Răspuns „Altceva”',
    maxSelections: 'Maximum de răspunsuri',
    min: 'Minim',
    max: 'Maxim',
    items: 'Întrebări',
    item: 'Întrebare',
    values: 'Valori',
  },
  indicators: {
    title: 'Indicatori',
    intro: 'Scoruri cu nume calculate din răspunsuri, afișate ca fișe pe tablourile de bord.',
    add: 'Adaugă un indicator',
    newLabel: 'Indicator nou',
    id: 'Identificatorul indicatorului {{n}}',
    kind: 'Regula de calcul a indicatorului {{n}}',
    label: 'Numele indicatorului {{n}}',
    kinds: {
      scale_mean: 'Media scalei (0–100)',
      share: 'Ponderea răspunsurilor (%)',
      count: 'Număr',
    },
    explain: {
      scale_mean:
        'Media răspunsurilor pe scală, transpuse pe 0–100; răspunsurile „nu se aplică” nu se iau în calcul.',
      share:
        'Ponderea respondenților al căror răspuns este una dintre valorile alese, dintre cei care au răspuns.',
      count: 'Numărul de formulare trimise sau al celor cu unul dintre răspunsurile alese.',
    },
    items: 'Întrebări punctate',
    item: 'Întrebarea indicatorului {{n}}',
    everySubmission: 'Fiecare formular trimis',
    values: 'Răspunsuri care se numără',
    exclude: 'Răspunsuri excluse din pondere',
    delete: 'Șterge indicatorul {{name}}',
    deleteConfirm: 'Ștergeți indicatorul „{{name}}”?',
    previewTitle: 'Încercați indicatorii',
    previewIntro: 'Introduceți răspunsuri de probă pentru a vedea valorile pe care le-ar da un formular.',
    noAnswer: 'Fără răspuns',
    notApplicable: 'nu se aplică',
  },
  preview: {
    title: 'Previzualizare',
    language: 'Limba previzualizării',
    phone: 'Lățime de telefon (360 px)',
    restart: 'Reia previzualizarea',
    stale: 'Chestionarul are erori: previzualizarea arată ultima versiune fără erori.',
    invalid: 'Corectați erorile pentru a vedea previzualizarea.',
    submit: 'Verifică răspunsurile',
    submitted: 'Aceste răspunsuri sunt valide. Nu s-a trimis nimic.',
    again: 'Completează din nou',
  },
  problems: {
    title: 'Probleme',
    none: 'Nu s-au găsit probleme.',
    summary: 'Erori: {{errors}}, avertismente: {{warnings}}',
    error: 'Eroare',
    warning: 'Avertisment',
  },
  problem: {
    invalid_shape: 'Aici lipsește ceva sau este scris în forma greșită.',
    duplicate_id:
      'Acest identificator este deja folosit în altă parte a chestionarului. Dați-i un identificator propriu.',
    duplicate_choice: 'Două variante de răspuns au același cod. Dați fiecărei variante un cod propriu.',
    unknown_reference: '„{{name}}” nu există în acest chestionar. Alegeți o întrebare sau o listă existentă.',
    forward_reference:
      'Condiția folosește întrebarea „{{name}}”, care vine mai târziu. O condiție poate depinde doar de întrebările anterioare.',
    self_reference: 'O întrebare nu poate depinde de propriul răspuns.',
    invalid_operator:
      'Această întrebare nu poate fi folosită astfel: testul sau punctajul nu se potrivește cu tipul ei de răspuns.',
    invalid_value:
      'Această valoare nu se potrivește cu întrebarea: nu este unul dintre răspunsurile ei sau este de alt tip.',
    missing_translation: 'Lipsește traducerea: {{languages}}.',
    invalid_choices:
      'Variantele de răspuns nu sunt configurate corect: dați fie variante proprii, fie o listă comună, și cel puțin două răspunsuri reale pentru o scală.',
    invalid_bounds:
      'Limitele nu se potrivesc: maximul este sub minim sau sunt permise mai multe răspunsuri decât variante.',
    invalid_expression:
      'Expresia nu poate fi citită sau folosește ceva ce nu există: detaliile de mai jos arată unde (col este numărul caracterului).',
    invalid_disaggregation:
      'Rezultatele nu pot fi defalcate după această întrebare: alegeți o întrebare cu un singur răspuns, da/nu sau o scală (Likert), pusă o singură dată pe chestionar (nu într-o secțiune repetată), și enumerați fiecare întrebare o singură dată.',
    text_not_sensitive:
      'Răspunsurile scrise pot dezvălui cine este o persoană. Marcați această întrebare ca sensibilă.',
    personal_data:
      'Aceasta pare a fi o dată personală (nume, număr de telefon, adresă…). Eliminați întrebarea sau marcați-o ca sensibilă.',
    unreachable:
      'Această întrebare nu va fi afișată niciodată: niciun răspuns nu poate face condiția ei adevărată.',
    indicator_non_scale:
      'Această întrebare nu este o scală: indicatorul punctează variantele după ordinea lor în listă.',
    unused_choice_list: 'Nicio întrebare nu folosește această listă de variante. Folosiți-o sau ștergeți-o.',
    undeclared_locale:
      'Acest text are o traducere într-o limbă pe care chestionarul nu o folosește: {{languages}}.',
    missing_lookup:
      'Formularul caută valori în tabelul „{{name}}”, care nu este atașat. Atașați fișierul {{name}}.csv: până atunci chestionarul nu poate fi publicat.',
    unknown_lookup_column:
      'Tabelul de căutare „{{name}}” nu are nicio coloană cu acest nume. Comparați numele cu primul rând al fișierului său CSV.',
    unused_lookup:
      'Nicio expresie nu citește tabelul de căutare „{{name}}”, dar el ar fi trimis pe fiecare telefon. Folosiți-l în pulldata() sau eliminați-l.',
  },
  importNote: {
    appearance_ignored: 'Această setare de afișare (appearance) nu este folosită de kolo și a fost ignorată.',
    choices_dropped:
      'O întrebare da/nu are doar răspunsurile da, nu și nu știu; celelalte variante au fost eliminate.',
    column_dropped: 'kolo nu suportă ce face această coloană; conținutul ei nu a fost importat.',
    conditional_required:
      'O condiție în „required” nu este suportată; întrebarea a fost importată ca neobligatorie.',
    duplicate_choice:
      'Această listă are deja o variantă cu acest cod; varianta repetată nu a fost importată.',
    duplicate_name: 'Acest nume este folosit de două ori; acesta a fost redenumit „{{name}}”.',
    empty_file: 'Fișierul este gol.',
    empty_group: 'Niciuna dintre întrebările acestui grup nu a putut fi importată; grupul a fost omis.',
    encryption_ignored:
      'kolo păstrează formularele trimise pe propriul server și nu folosește criptarea formularelor ODK; cheia a fost ignorată.',
    extra_rows: 'Se citește doar primul rând al foii de setări; celelalte rânduri au fost ignorate.',
    group_flattened:
      'Secțiunile din kolo nu pot fi imbricate: întrebările acestui grup au fost mutate în secțiunea care îl cuprinde.',
    ignored_on_group: 'Un grup nu primește răspuns, așa că această setare a fost ignorată.',
    ignored_on_note: 'O notă nu primește răspuns, așa că această setare a fost ignorată.',
    incomplete_choice: 'Această variantă nu are numele listei sau codul și nu a fost importată.',
    invalid_indicator:
      'Acest indicator nu a putut fi citit și nu a fost importat. Adăugați-l din nou în editor.',
    invalid_value:
      'Această valoare nu a putut fi înțeleasă (nu este da sau nu, ori nu este un număr); a fost omisă.',
    label_row_folded:
      'Acest rând arată doar variantele de răspuns de deasupra grilei; a devenit parte a grilei.',
    matrix_required:
      'Rândurile acestei grile diferă la „required”; kolo face fie toate rândurile obligatorii, fie niciunul.',
    matrix_row_field:
      'Un rând al unei grile nu poate avea propria setare de acest fel; nu a fost importată. Setați-o pe întreaga grilă.',
    media_dropped:
      'Imaginile și sunetele pentru variantele de răspuns nu sunt suportate și nu au fost importate.',
    message_replaced:
      'kolo afișează propriul mesaj tradus când un răspuns lipsește sau este în afara limitelor; acest mesaj nu a fost importat.',
    metadata_ignored:
      'kolo înregistrează când a fost colectat un formular și nu colectează niciodată date despre dispozitiv sau utilizator; acest câmp a fost omis.',
    missing_column:
      'Foaia de variante are nevoie de coloanele „list_name” și „name”; nu s-a citit nicio variantă.',
    missing_name: 'Acest rând nu are nume; a fost numit „{{name}}”.',
    missing_type: 'Acest rând nu are tip și nu a fost importat.',
    no_choices_sheet: 'Fișierul nu are foaia „choices”, așa că întrebările cu variante nu au răspunsuri.',
    no_name_column: 'Foaia „survey” nu are coloana „name” în primul rând.',
    no_questions: 'Foaia „survey” nu are nicio întrebare care să poată fi importată.',
    no_survey_sheet:
      'Fișierul nu are foaia „survey”. Un XLSForm are foile „survey”, „choices” și „settings”.',
    no_title: 'Formularul nu are titlu. Dați chestionarului un titlu în editor.',
    no_type_column: 'Foaia „survey” nu are coloana „type” în primul rând.',
    not_a_matrix:
      'O grilă conține doar întrebări cu alegere unică și aceleași răspunsuri; acest grup a fost importat ca întrebări separate.',
    not_xlsx: 'Acesta nu este un registru Excel (.xlsx). Salvați formularul ca .xlsx și încercați din nou.',
    old_xls: 'Acesta este un fișier vechi Excel 97–2003 (.xls). Salvați-l ca .xlsx și încercați din nou.',
    other_dropped: 'O scală de acord nu are răspunsul „Altceva”; acesta a fost eliminat.',
    other_merged:
      'Această întrebare cerea precizarea răspunsului „Altceva” al altei întrebări; a devenit varianta „Altceva” a acelei întrebări.',
    acknowledge_as_choice:
      'Această întrebare de confirmare (acknowledge) a devenit o alegere unică cu un singur răspuns, „OK”, valoarea pe care o salvează ODK, astfel încât condițiile care o folosesc funcționează în continuare.',
    calculation_placeholder:
      'kolo nu poate calcula această valoare (citește un fișier, un grup repetat sau datele dispozitivului); a fost păstrată fără valoare, ca întrebările și textele care o folosesc să fie totuși importate. Înlocuiți-o în editor.',
    choices_from_file:
      'Variantele acestei întrebări vin dintr-un fișier pe care kolo nu îl are, așa că este pusă ca întrebare cu răspuns text. Copiați variantele în foaia „choices” și transformați-o în editor într-o întrebare cu variante.',
    label_missing:
      'Această întrebare sau variantă nu are text, ci doar o imagine sau un sunet, pe care kolo nu le afișează; în locul textului apare numele ei între paranteze. Scrieți un text în editor.',
    metadata_piping:
      'Acest text afișa metadate ale formularului (de exemplu ora de început sau dispozitivul), pe care kolo nu le colectează; acum afișează numele între paranteze. Reformulați-l în editor.',
    parameter_ignored: 'Acest parametru nu este folosit de kolo și a fost ignorat.',
    repeat_flattened:
      'Grupurile repetate nu sunt suportate: întrebările lor au fost importate o singură dată.',
    group_split:
      'Acest grup conține o secțiune repetată, care în kolo este o secțiune separată; întrebările de după ea au fost mutate într-o secțiune separată.',
    no_add_remove:
      'Numărul de înregistrări trebuia să fie fix, dar această repetare nu are repeat_count, așa că respondenții pot adăuga și șterge înregistrări. Setați numărul în editor.',
    repeat_bound:
      'Numărul de înregistrări indicat aici nu este un număr întreg în limitele permise de kolo, așa că a fost ignorat.',
    repeat_nested:
      'O repetare în interiorul altei repetări nu este acceptată: întrebările ei sunt puse o dată în fiecare înregistrare a repetării exterioare.',
    filter_word_quoted:
      'Un cuvânt din acest filtru de variante nu este o proprietate a variantelor, așa că a fost citit ca text (între ghilimele). Verificați filtrul în editor.',
    section_added:
      'Întrebările din afara oricărui grup au fost puse în secțiunea „{{name}}”. Dați-i un titlu în editor.',
    setting_ignored: 'Această setare este pentru serverele ODK și nu este folosită de kolo.',
    sheet_ignored: 'Această foaie nu face parte dintr-un XLSForm și a fost ignorată.',
    stale_show_if:
      'Condiția kolo din acest rând nu mai corespunde cu „relevant” (modificat după export?); s-a folosit „relevant”.',
    step_ignored: 'Numerele din kolo nu au pas; pasul a fost ignorat.',
    survey_id:
      'Formularul nu are un form id utilizabil; s-a folosit identificatorul de chestionar „{{name}}”.',
    time_dropped: 'Datele din kolo nu au oră; aceasta a devenit o întrebare de tip dată.',
    title_untranslated: 'Titlul nu are traducere în: {{languages}}. Traduceți-l în editor.',
    too_large: 'Fișierul este prea mare sau conține prea multe date pentru a fi importat.',
    type_extra_ignored: 'Cuvintele în plus de după tipul întrebării au fost ignorate.',
    unbalanced_group:
      'Aici grupurile nu se deschid și nu se închid în perechi; unul a fost închis sau ignorat. Verificați ordinea rândurilor.',
    unknown_column: 'Această coloană nu este folosită de kolo; conținutul ei nu a fost importat.',
    unknown_key: 'kolo nu cunoaște această cheie; rândul a fost ignorat.',
    unknown_list:
      'Lista de variante numită aici nu este în foaia „choices”. Adăugați variantele ei în editor.',
    unknown_reference:
      'Condiția numește o întrebare care nu a fost importată (un calcul sau o greșeală de scriere?). Corectați condiția în editor.',
    unreadable:
      'Fișierul nu a putut fi citit și poate fi deteriorat. Deschideți-l într-un program de calcul tabelar, salvați-l ca .xlsx și încercați din nou.',
    unsupported_expression:
      'Condiția de afișare (relevant) nu a putut fi convertită; aceasta este afișată mereu până când adăugați condiția în editor.',
    unsupported_type: 'kolo nu suportă acest tip de întrebare; nu a fost importată.',
    version:
      'Versiunea nu este un număr întreg pe care kolo îl poate folosi; ciorna începe de la versiunea 1.',
    partial_translation:
      'Unele texte nu au traducere în această limbă; ele arată textul celei mai apropiate limbi până când le traduceți în editor.',
    placeholder_added:
      'kolo nu colectează locații, fotografii, înregistrări, fișiere sau coduri de bare; această întrebare a devenit o notă care spune ce se cerea.',
    unsupported_choice_filter:
      'Filtrul de variante (variante în cascadă) nu a putut fi citit; sunt oferite toate variantele până îl corectați în editor.',
    lookup_missing:
      'Formularul caută valori în fișierul {{name}}.csv, care nu a fost atașat. Atașați-l: până atunci chestionarul nu poate fi publicat.',
    lookup_unreadable:
      'Acest fișier de căutare (CSV) nu a putut fi citit și nu a fost importat. Corectați-l după cum spun detaliile și atașați-l din nou.',
    lookup_unused:
      'Formularul nu citește acest fișier atașat prin pulldata(). Detaliile spun ce s-a întâmplat cu el.',
  },
  publish: {
    open: 'Publică…',
    title: 'Publicați o versiune nouă',
    intro:
      'O versiune publicată nu mai poate fi modificată. Monitorii comunitari o primesc data următoare când sunt online.',
    note: 'Ce s-a schimbat și de ce (opțional)',
    confirm: 'Publică',
    publishing: 'Se publică…',
    cancel: 'Anulează',
    close: 'Închide',
    done: 'Versiunea {{version}} a fost publicată',
    failed: 'Publicarea nu a reușit. Încercați din nou.',
    refused: 'Serverul a refuzat publicarea. Erori de corectat: {{n}}.',
  },
  changes: {
    none: 'Nicio întrebare nu s-a schimbat.',
    added: 'Adăugate ({{n}})',
    removed: 'Eliminate ({{n}})',
    changed: 'Modificate ({{n}})',
    lookupsAdded: 'Tabele de căutare adăugate ({{n}})',
    lookupsRemoved: 'Tabele de căutare eliminate ({{n}})',
    lookupsChanged: 'Tabele de căutare înlocuite ({{n}})',
  },
  history: {
    title: 'Istoricul versiunilor',
    none: 'Nepublicat încă.',
    failed: 'Versiunile nu au putut fi încărcate.',
    version: 'Versiunea {{version}}',
    download: 'Descarcă versiunea {{version}} ca XLSForm',
    downloadFailed: 'Fișierul nu a putut fi descărcat.',
  },
};
