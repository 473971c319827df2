import { ZERO, sum, type Decimal } from './money.js';
import type { LineMonth, MetaLine } from './line-item.js';

type Head = Omit<
  MetaLine,
  'delivered' | 'free' | 'billable' | 'cost' | 'months' | 'countries' | 'notes' | 'recipients'
>;

/** Accumulates month-by-month quantities into lines keyed by id, keeping first-seen order. */
export class LineBuilder {
  private readonly lines = new Map<
    string,
    {
      head: Head;
      countries: Set<string>;
      notes: Set<string>;
      recipients: Decimal;
      months: Map<number, LineMonth>;
    }
  >();

  constructor(private readonly monthCount: number) {}

  add(
    head: Head,
    country: string,
    month: number,
    q: Omit<LineMonth, 'month'>,
    recipientsInMonth1: Decimal,
    notes: string[] = [],
  ): void {
    let line = this.lines.get(head.id);
    if (!line) {
      line = { head, countries: new Set(), notes: new Set(), recipients: ZERO, months: new Map() };
      this.lines.set(head.id, line);
    }
    line.countries.add(country);
    for (const n of notes) line.notes.add(n);
    if (month === 1) line.recipients = line.recipients.plus(recipientsInMonth1);
    const m = line.months.get(month) ?? { month, delivered: ZERO, free: ZERO, billable: ZERO, cost: ZERO };
    line.months.set(month, {
      month,
      delivered: m.delivered.plus(q.delivered),
      free: m.free.plus(q.free),
      billable: m.billable.plus(q.billable),
      cost: m.cost.plus(q.cost),
    });
  }

  build(): MetaLine[] {
    return [...this.lines.values()].map(({ head, countries, notes, recipients, months }) => {
      const list: LineMonth[] = [];
      for (let m = 1; m <= this.monthCount; m++)
        list.push(months.get(m) ?? { month: m, delivered: ZERO, free: ZERO, billable: ZERO, cost: ZERO });
      return {
        ...head,
        countries: [...countries].sort(),
        notes: [...notes],
        recipients,
        delivered: sum(list.map((x) => x.delivered)),
        free: sum(list.map((x) => x.free)),
        billable: sum(list.map((x) => x.billable)),
        cost: sum(list.map((x) => x.cost)),
        months: list,
      };
    });
  }
}
