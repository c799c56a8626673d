import { restoreCell, type SurveyDefinition } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { resultsToCsv } from './csv.ts';
import { barriers, itemOf, ladder, serviceType, survey, visits } from './test-fixtures.ts';

describe('resultsToCsv', () => {
  it('should write labelled rows, ranked like the chart, with withheld cells empty and explained', () => {
    const csv = resultsToCsv(survey, itemOf('service_type'), serviceType, 'en');
    expect(csv.split('\r\n')).toEqual([
      'Answer,value,Responses,Share (%),Note',
      'Opioid substitution therapy,ost,20,50,',
      'Needle and syringe programme,nsp,5,12.5,',
      'Drop-in centre,dic,,,fewer than 5 responses',
      'HIV testing,testing,,,fewer than 5 responses',
      'Something else,other,7,17.5,',
      '',
    ]);
  });

  it("should label in the reader's language and give multi-choice shares of respondents", () => {
    const csv = resultsToCsv(survey, itemOf('barriers'), barriers, 'uk');
    expect(csv).toContain('Відповідь,value,Відповіді,% респондентів,Примітка');
    expect(csv).toContain('Години роботи,hours,15,75,');
  });

  it('should write one line per matrix row and choice', () => {
    const lines = resultsToCsv(survey, itemOf('ladder'), ladder, 'en').split('\r\n');
    expect(lines).toContain('Design,Delegated power,delegated_power,,,fewer than 5 responses');
    expect(lines).toContain('Budgeting,Not involved,not_involved,10,40,');
  });

  it('should write the statistics of a number question', () => {
    expect(resultsToCsv(survey, itemOf('visits'), visits, 'en')).toContain('Mean,12.5,');
  });

  it('should quote fields with commas and quotes', () => {
    const csv = resultsToCsv(survey, itemOf('service_type'), serviceType, 'en', {
      messages: { answer: 'Answer, "label"' },
    });
    expect(csv.startsWith('"Answer, ""label""",value')).toBe(true);
  });

  it('should neutralise a label a spreadsheet would run as a formula, so it reads back as the same text', () => {
    const label = '=HYPERLINK("http://x","y")';
    const hostile = JSON.parse(
      JSON.stringify(survey).replace('"Needle and syringe programme"', JSON.stringify(label)),
    ) as SurveyDefinition;
    const item = hostile.sections.flatMap((section) => section.items).find((i) => i.id === 'service_type');
    if (!item) throw new Error('no service_type');
    const csv = resultsToCsv(hostile, item, serviceType, 'en', {
      messages: { note: '@note', answer: '-answer' },
    });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe("'-answer,value,Responses,Share (%),'@note");
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://x"",""y"")",nsp,5,12.5,`);
    const cell = (lines[2] ?? '').split(',nsp,')[0]?.slice(1, -1).replaceAll('""', '"') ?? '';
    expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(restoreCell(cell)).toBe(label);
  });
});
