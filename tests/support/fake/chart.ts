/**
 * Excel.ChartCollection, Excel.Chart and the few chart members the add-in uses, in the fake.
 *
 * Modelled (requirement sets from @types/office-js): ChartCollection.add / getItem / getItemAt / count /
 * load('items/name') (1.1), getItemOrNullObject (1.4); Chart.name (read/write), setPosition, setData, delete,
 * title.text, series.count (1.1); Chart.axes.categoryAxis.setCategoryNames (1.7).
 * Simplifications: a chart stores its source rectangle, not a copy of the data; its series count is the number of
 * columns (seriesBy Columns), rows (Rows) or, for Auto, columns when the source has at least as many rows as
 * columns, else rows (Excel would also take a text header row / first column as names and categories);
 * chart types are not checked against Excel's list; charts do not move when cells are inserted or deleted.
 */
import { type Rect } from './a1';
import { arg, FakeClientObject, once, type PropertySpec } from './base';
import { type FakeContextCore } from './context';
import { FakeOfficeError, liveItem } from './errors';
import { type ChartModel, type SheetModel } from './model';
import { type FakeRange } from './range';

const SERIES_BY = ['Auto', 'Columns', 'Rows'];

function seriesCount(chart: ChartModel): number {
  const rows = chart.source.rect.bottom - chart.source.rect.top + 1;
  const cols = chart.source.rect.right - chart.source.rect.left + 1;
  if (chart.seriesBy === 'Columns') return cols;
  if (chart.seriesBy === 'Rows') return rows;
  return rows >= cols ? cols : rows;
}

function checkSeriesBy(seriesBy: string): void {
  if (!SERIES_BY.includes(seriesBy))
    throw new FakeOfficeError('InvalidArgument', `Invalid seriesBy '${seriesBy}'.`);
}

/** Where a start/end cell argument points: an A1 string on the chart's sheet, or a range proxy. */
function cellRect(sheet: SheetModel, cell: string | FakeRange, parse: (a: string) => Rect | null): Rect {
  if (typeof cell !== 'string') return cell.target().rect;
  const rect = parse(cell);
  if (!rect) throw new FakeOfficeError('InvalidArgument', `Invalid cell '${cell}' on '${sheet.name}'.`);
  return rect;
}

/** The fake Excel.Chart. */
export class FakeChart extends FakeClientObject {
  protected readonly className = 'Chart';
  readonly resolve: () => ChartModel | null;

  constructor(
    core: FakeContextCore,
    path: string,
    private readonly sheet: () => SheetModel,
    resolve: () => ChartModel | null,
    private readonly parse: (a: string) => Rect | null,
  ) {
    super(core, path);
    this.resolve = once(resolve);
  }

  /** The chart, or ItemNotFound (also for a null object or a deleted chart). */
  chart(): ChartModel {
    return liveItem(this.resolve(), this.sheet().charts, this.path);
  }

  protected override beforeRead(): void {
    this.chart();
  }

  protected override writesTo(): SheetModel {
    return this.sheet();
  }

  protected properties(): Record<string, PropertySpec> {
    return {
      name: { version: '1.1', read: () => this.chart().name },
      chartType: { version: '1.7', read: () => this.chart().type },
    };
  }

  get name(): string {
    return this.loadedValue('name');
  }
  set name(v: string) {
    this.queueSet('name', v, '1.1', () => {
      if (typeof v !== 'string' || v === '' || v.length > 255)
        throw new FakeOfficeError('InvalidArgument', `Invalid chart name '${String(v)}'.`);
      this.chart().name = v;
    });
  }

  /** Chart.title (1.1): only `text` is modelled. */
  get title(): { text: string } {
    const write = (v: string) => this.queueSet('title.text', v, '1.1', () => (this.chart().title = v));
    return {
      set text(v: string) {
        write(v);
      },
      get text(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'fake: ChartTitle.text is write-only here');
      },
    };
  }

  /** Chart.setPosition (1.1). */
  setPosition(startCell: string | FakeRange, endCell?: string | FakeRange): void {
    const args = [
      typeof startCell === 'string' ? startCell : startCell.path,
      endCell === undefined ? null : typeof endCell === 'string' ? endCell : endCell.path,
    ];
    this.queueCall('setPosition', args, '1.1', () => {
      const sheet = this.sheet();
      const start = cellRect(sheet, startCell, this.parse);
      const end = endCell === undefined ? start : cellRect(sheet, endCell, this.parse);
      this.chart().position = {
        top: start.top,
        left: start.left,
        bottom: Math.max(start.top, end.bottom),
        right: Math.max(start.left, end.right),
      };
    });
  }

  /** Chart.setData (1.1): resets the source data. */
  setData(sourceData: FakeRange, seriesBy = 'Auto'): void {
    this.queueCall('setData', [sourceData.path, seriesBy], '1.1', () => {
      checkSeriesBy(seriesBy);
      const t = sourceData.target();
      const chart = this.chart();
      chart.source = { sheet: t.sheet.name, rect: t.rect };
      chart.seriesBy = seriesBy;
      chart.dataResets += 1;
    });
  }

  /** Chart.delete (1.1). */
  delete(): void {
    this.queueCall('delete', null, '1.1', () => {
      const charts = this.sheet().charts;
      charts.splice(charts.indexOf(this.chart()), 1);
    });
  }

  /** Chart.series (1.1): only `count` is modelled. */
  get series(): FakeChartSeriesCollection {
    return new FakeChartSeriesCollection(this.core, `${this.path}.series`, () => this.chart());
  }

  /** Chart.axes (1.1): only `categoryAxis.setCategoryNames` (1.7) is modelled. */
  get axes(): { categoryAxis: { setCategoryNames(range: FakeRange): void } } {
    return {
      categoryAxis: {
        setCategoryNames: (range: FakeRange) =>
          this.core.enqueue({
            target: `${this.path}.axes.categoryAxis`,
            member: 'ChartAxis.setCategoryNames',
            args: [range.path],
            version: '1.7',
            apply: () => {
              const t = range.target();
              this.chart().categoryNames = { sheet: t.sheet.name, rect: t.rect };
            },
          }),
      },
    };
  }
}

/** The fake Excel.ChartSeriesCollection (count only). */
export class FakeChartSeriesCollection extends FakeClientObject {
  protected readonly className = 'ChartSeriesCollection';
  constructor(
    core: FakeContextCore,
    path: string,
    private readonly chart: () => ChartModel,
  ) {
    super(core, path);
  }
  protected properties(): Record<string, PropertySpec> {
    return { count: { version: '1.1', read: () => seriesCount(this.chart()) } };
  }
  get count(): number {
    return this.loadedValue('count');
  }
}

/** The fake Excel.ChartCollection of one worksheet. */
export class FakeChartCollection extends FakeClientObject {
  protected readonly className = 'ChartCollection';
  private loadedItems: FakeChart[] | undefined;

  constructor(
    core: FakeContextCore,
    path: string,
    private readonly sheet: () => SheetModel,
    private readonly parse: (a: string) => Rect | null,
  ) {
    super(core, path);
  }

  protected properties(): Record<string, PropertySpec> {
    return { count: { version: '1.1', read: () => this.sheet().charts.length } };
  }

  protected override writesTo(): SheetModel {
    return this.sheet();
  }

  get count(): number {
    return this.loadedValue('count');
  }

  private chart(path: string, resolve: () => ChartModel | null): FakeChart {
    return new FakeChart(this.core, path, this.sheet, resolve, this.parse);
  }

  /** ChartCollection.add (1.1): the new chart is named `Chart N` (N one more than the sheet's chart count). */
  add(type: string, sourceData: FakeRange, seriesBy = 'Auto'): FakeChart {
    let created: ChartModel | null = null;
    this.queueCall('add', [type, sourceData.path, seriesBy], '1.1', () => {
      checkSeriesBy(seriesBy);
      if (typeof type !== 'string' || type === '' || type === 'Invalid')
        throw new FakeOfficeError('InvalidArgument', `Invalid chart type '${String(type)}'.`);
      const t = sourceData.target();
      const sheet = this.sheet();
      created = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: { sheet: t.sheet.name, rect: t.rect },
        seriesBy,
        position: null,
        title: '',
        categoryNames: null,
        dataResets: 0,
      };
      sheet.charts.push(created);
    });
    return this.chart(`${this.path}.add(${arg(type)})`, () => created);
  }

  /** ChartCollection.getItem (1.1): the first chart of that name (names are case-sensitive here). */
  getItem(name: string): FakeChart {
    return this.chart(
      `${this.path}.getItem(${arg(name)})`,
      () => this.sheet().charts.find((c) => c.name === name) ?? null,
    );
  }

  /** ChartCollection.getItemAt (1.1). */
  getItemAt(index: number): FakeChart {
    return this.chart(`${this.path}.getItemAt(${index})`, () => this.sheet().charts[index] ?? null);
  }

  /** ChartCollection.getItemOrNullObject (1.4). */
  getItemOrNullObject(name: string): FakeChart {
    this.core.use('ChartCollection.getItemOrNullObject', '1.4');
    const c = this.chart(
      `${this.path}.getItemOrNullObject(${arg(name)})`,
      () => this.sheet().charts.find((x) => x.name === name) ?? null,
    );
    c.markNullable(() => !this.sheet().charts.some((x) => x.name === name));
    return c;
  }

  /** Loads `items/name` (or `count`). */
  override load(spec?: unknown): this {
    const names = (
      typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec.map(String) : ['items/name']
    ).map((s) => s.trim());
    if (names.every((n) => n === 'count')) return super.load('count');
    const bad = names.find((n) => n !== 'items/name' && n !== 'name');
    if (bad) throw new FakeOfficeError('InvalidArgument', `fake: cannot load charts ${bad}`);
    this.core.enqueue({
      target: this.path,
      member: 'ChartCollection.load',
      args: ['name'],
      version: '1.1',
      apply: () => this.core.deliver(this, { items: this.sheet().charts.map((c) => ({ name: c.name })) }),
    });
    return this;
  }

  override commitLoad(data: Record<string, unknown>): void {
    if (!('items' in data)) {
      super.commitLoad(data);
      return;
    }
    this.loadedItems = (data.items as Array<{ name: string }>).map((o, i) => {
      const c = this.getItemAt(i);
      c.commitLoad(o);
      return c;
    });
  }

  get items(): FakeChart[] {
    if (!this.loadedItems)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available.",
        'ChartCollection.items',
      );
    return this.loadedItems;
  }
}
