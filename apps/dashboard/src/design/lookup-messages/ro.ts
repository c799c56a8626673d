import type { LookupMessages } from './en.ts';

export const ro: LookupMessages = {
  tab: 'Tabele de căutare',
  title: 'Tabele de căutare',
  intro:
    'Tabele în care formularul caută valori cu pulldata(), de exemplu o listă de zone cu coordonatele lor: fișierele CSV pe care un XLSForm le poartă ca fișiere media ale formularului.',
  warning:
    'Fiecare tabel este trimis împreună cu formularul pe telefonul fiecărui monitor comunitar, așa că nu trebuie să conțină nimic despre respondenți.',
  none: 'Formularul nu citește niciun tabel de căutare și niciunul nu este atașat.',
  status: {
    attached: 'Atașat. Rânduri: {{rows}}, coloane: {{columns}}.',
    missing: 'Lipsește: chestionarul nu poate fi publicat până când acest tabel nu este atașat.',
    unused: 'Atașat, dar nicio întrebare nu îl citește.',
  },
  columns: 'Coloane: {{columns}}',
  columnsRead: 'Coloanele pe care le citește formularul: {{columns}}',
  columnsMissing: 'Coloanele pe care le citește formularul, dar care lipsesc din tabel: {{columns}}',
  fileHint:
    'Un fișier CSV salvat în UTF-8, al cărui prim rând numește coloanele; cel mult {{rows}} rânduri și {{columns}} coloane.',
  upload: 'Încarcă {{file}}',
  replace: 'Înlocuiește {{file}}',
  attachOther: 'Atașează alt tabel (numele fișierului devine numele tabelului)',
  download: 'Descarcă {{file}}',
  remove: 'Elimină {{file}}',
  removeConfirm:
    'Eliminați {{file}} din ciornă? Întrebările care îl citesc vor rămâne goale până când tabelul este atașat din nou.',
  removeYes: 'Elimină tabelul',
  cancel: 'Anulează',
  working: 'Se lucrează…',
  attached: '{{file}} a fost atașat.',
  replaced: '{{file}} a fost înlocuit.',
  removed: '{{file}} a fost eliminat.',
  saveFirst: 'Ciorna nu a putut fi salvată, așa că tabelul nu a fost trimis. Încercați din nou.',
  downloadFailed: 'Tabelul nu a putut fi descărcat. Verificați conexiunea și încercați din nou.',
  lines: 'Rândurile din fișier: {{lines}}',
  refused: {
    not_csv:
      'Acesta nu este un fișier CSV. Deschideți-l într-un program de foi de calcul și salvați-l ca „CSV UTF-8 (delimitat prin virgulă)”.',
    not_utf8:
      'Fișierul nu este salvat în UTF-8, așa că literele ar fi deformate. Salvați-l ca „CSV UTF-8 (delimitat prin virgulă)”.',
    empty: 'Fișierul este gol. Primul său rând trebuie să numească coloanele.',
    csv_header:
      'Primul rând trebuie să numească fiecare coloană o singură dată, cel mult {{columns}} coloane.',
    csv_rows:
      'Unele rânduri nu se potrivesc cu primul: fiecare rând are nevoie de câte o valoare pentru fiecare coloană, de cel mult 1000 de caractere.',
    csv: 'Fișierul nu poate fi citit ca tabel. Verificați că fiecare ghilimea este închisă și că are cel mult {{rows}} rânduri.',
    bad_name:
      'Numele unui tabel începe cu o literă și conține doar litere latine, cifre, _ și -. Redenumiți fișierul, de exemplu sampleList.csv.',
    too_many_tables: 'Un chestionar poartă cel mult {{cap}} tabele de căutare. Eliminați mai întâi unul.',
    too_many_cells:
      'Împreună, tabelele ar avea peste {{cap}} valori, prea mult pentru a fi trimise pe telefoane. Micșorați tabelele.',
    no_file: 'Alegeți mai întâi un fișier CSV.',
  },
  importMedia: 'Fișierele media ale formularului: fișierele CSV pe care le citește (opțional)',
  importMediaHint:
    'Fișiere precum sampleList.csv, citite de apelurile pulldata() ale formularului; pot fi atașate și mai târziu, în vizualizarea „Tabele de căutare” a editorului.',
  tooLarge:
    'Fișierul este prea mare pentru a fi încărcat. Un tabel de căutare are cel mult {{rows}} rânduri.',
};
