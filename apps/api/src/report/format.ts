import type { ReportModel } from './model.ts';
import { fill, REPORT_TEXTS, type ReportLanguage } from './texts/index.ts';

/** Numbers, dates and withheld figures written the way a reader of the report's language expects. */
export class ReportFormat {
  private readonly integer: Intl.NumberFormat;
  private readonly percent: Intl.NumberFormat;
  private readonly dayFormat: Intl.DateTimeFormat;
  private readonly monthFormat: Intl.DateTimeFormat;
  readonly texts;

  constructor(
    readonly language: ReportLanguage,
    private readonly k: number,
  ) {
    this.texts = REPORT_TEXTS[language];
    this.integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    this.percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    this.dayFormat = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    this.monthFormat = new Intl.DateTimeFormat(language, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  }

  /** A count, or "withheld" when it is. */
  count(n: number | null): string {
    return n === null ? this.texts.withheld : this.integer.format(n);
  }

  /** A share (0..1) as a whole percent, or "withheld". */
  share(share: number | null): string {
    return share === null ? this.texts.withheld : this.percent.format(share);
  }

  /** An indicator's value: a 0..100 score or share, or a total, as a whole number. */
  value(value: number | null): string {
    return value === null ? this.texts.withheld : this.integer.format(value);
  }

  /** A mean or median to one decimal. */
  decimal(value: number): string {
    return new Intl.NumberFormat(this.language, { maximumFractionDigits: 1 }).format(value);
  }

  /** "withheld: fewer than k people". */
  withheldFewer(): string {
    return fill(this.texts.withheldFewer, { k: this.k });
  }

  /** "n = 12", or "withheld: fewer than k people". */
  n(n: number | null): string {
    return n === null ? this.withheldFewer() : fill(this.texts.chartN, { n: this.integer.format(n) });
  }

  /** A day (`YYYY-MM-DD`) in words. */
  day(day: string): string {
    return this.dayFormat.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
  }

  /** A month (its first day) in short words, e.g. "Apr 2026". */
  month(day: string): string {
    return this.monthFormat.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
  }

  /** A month's short name alone, e.g. "Apr". */
  monthName(day: string): string {
    return new Intl.DateTimeFormat(this.language, { month: 'short', timeZone: 'UTC' }).format(
      new Date(`${day.slice(0, 10)}T00:00:00Z`),
    );
  }

  /** A quarter (its first day), e.g. "2026 Q2". */
  quarter(day: string): string {
    return `${day.slice(0, 4)} Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
  }

  /** The report's period in words, with its quarter when it is one. */
  period(period: ReportModel['period']): string {
    const range = fill(this.texts.periodRange, { from: this.day(period.from), to: this.day(period.to) });
    return period.quarter ? `${period.quarter.replace('-', ' ')} (${range})` : range;
  }

  /** What the figures rest on, in words. */
  dataVersion(version: ReportModel['dataVersion']): string {
    if (version.submissions === 0 || !version.latestReceivedAt) return this.texts.dataVersionEmpty;
    return fill(this.texts.dataVersion, {
      count: this.integer.format(version.submissions),
      at: this.day(version.latestReceivedAt),
    });
  }
}
