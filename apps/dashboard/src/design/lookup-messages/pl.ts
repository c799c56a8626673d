import type { LookupMessages } from './en.ts';

export const pl: LookupMessages = {
  tab: 'Tabele pomocnicze',
  title: 'Tabele pomocnicze',
  intro:
    'Tabele, w których formularz wyszukuje wartości przez pulldata(), np. lista obszarów z ich współrzędnymi: pliki CSV, które XLSForm dołącza jako media formularza.',
  warning:
    'Każda tabela trafia razem z formularzem na telefon każdej osoby monitorującej, więc nie może zawierać niczego o osobach ankietowanych.',
  none: 'Formularz nie czyta żadnej tabeli pomocniczej i żadna nie jest dołączona.',
  status: {
    attached: 'Dołączona. Wiersze: {{rows}}, kolumny: {{columns}}.',
    missing: 'Brakuje jej: ankiety nie można opublikować, dopóki ta tabela nie zostanie dołączona.',
    unused: 'Dołączona, ale żadne pytanie jej nie czyta.',
  },
  columns: 'Kolumny: {{columns}}',
  columnsRead: 'Kolumny, które czyta formularz: {{columns}}',
  columnsMissing: 'Kolumny, które czyta formularz, a których brakuje w tabeli: {{columns}}',
  fileHint:
    'Plik CSV zapisany w UTF-8, którego pierwszy wiersz nazywa kolumny; najwyżej {{rows}} wierszy i {{columns}} kolumn.',
  upload: 'Wyślij {{file}}',
  replace: 'Zastąp {{file}}',
  attachOther: 'Dołącz inną tabelę (nazwa pliku stanie się nazwą tabeli)',
  download: 'Pobierz {{file}}',
  remove: 'Usuń {{file}}',
  removeConfirm:
    'Usunąć {{file}} z wersji roboczej? Pytania, które ją czytają, pozostaną puste, dopóki tabela nie zostanie dołączona ponownie.',
  removeYes: 'Usuń tabelę',
  cancel: 'Anuluj',
  working: 'Trwa…',
  attached: 'Dołączono {{file}}.',
  replaced: 'Zastąpiono {{file}}.',
  removed: 'Usunięto {{file}}.',
  saveFirst: 'Nie udało się zapisać wersji roboczej, więc tabela nie została wysłana. Spróbuj ponownie.',
  downloadFailed: 'Nie udało się pobrać tabeli. Sprawdź połączenie i spróbuj ponownie.',
  lines: 'Wiersze pliku: {{lines}}',
  refused: {
    not_csv:
      'To nie jest plik CSV. Otwórz go w arkuszu kalkulacyjnym i zapisz jako „CSV UTF-8 (rozdzielany przecinkami)”.',
    not_utf8:
      'Plik nie jest zapisany w UTF-8, więc litery zostałyby zniekształcone. Zapisz go jako „CSV UTF-8 (rozdzielany przecinkami)”.',
    empty: 'Plik jest pusty. Jego pierwszy wiersz musi nazywać kolumny.',
    csv_header: 'Pierwszy wiersz musi nazywać każdą kolumnę jeden raz, najwyżej {{columns}} kolumn.',
    csv_rows:
      'Niektóre wiersze nie pasują do pierwszego: każdy wiersz potrzebuje jednej wartości dla każdej kolumny, najwyżej 1000 znaków.',
    csv: 'Pliku nie da się odczytać jako tabeli. Sprawdź, czy każdy cudzysłów jest zamknięty i czy plik ma najwyżej {{rows}} wierszy.',
    bad_name:
      'Nazwa tabeli zaczyna się od litery i zawiera tylko litery łacińskie, cyfry, _ i -. Zmień nazwę pliku, np. na sampleList.csv.',
    too_many_tables: 'Ankieta może mieć najwyżej {{cap}} tabel pomocniczych. Najpierw usuń jedną.',
    too_many_cells:
      'Razem tabele miałyby ponad {{cap}} wartości: za dużo, by wysyłać je na telefony. Zmniejsz tabele.',
    no_file: 'Najpierw wybierz plik CSV.',
  },
  importMedia: 'Media formularza: pliki CSV, które czyta formularz (opcjonalnie)',
  importMediaHint:
    'Pliki takie jak sampleList.csv, które czytają wywołania pulldata() formularza; można je też dołączyć później w widoku „Tabele pomocnicze” kreatora.',
  tooLarge: 'Plik jest za duży, by go wysłać. Tabela pomocnicza ma najwyżej {{rows}} wierszy.',
};
