// GovBudget quick start: build a sample disclosure from printed figures (武昌区医疗保障局 2026, 表5-1 and 表6),
// then check every tree roll-up with rounding (尾差) intervals and every code against the 2026 catalog.
using System.Globalization;
using GovBudget.Amounts;
using GovBudget.Building;
using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Budget;

var disclosure = DisclosureBuilder.Budget(2026)
    .Department("506", "武汉市武昌区医疗保障局")
    .Unit("506001", "武昌区医疗保障局本级", UnitKind.Administrative)
    .Table(BudgetTables.GeneralBudgetByFunction, t => t
        .Total("933.79", "524.86", "430.24", "94.62", "408.93")
        .Row("208", "社会保障和就业支出", "34.37", "34.37", "34.27", "0.10", "")
        .Row("20805", "行政事业单位养老支出", "34.37", "34.37", "34.27", "0.10", "")
        .Row("2080501", "行政单位离退休", "0.10", "0.10", "0.00", "0.10", "")
        .Row("2080505", "机关事业单位基本养老保险缴费支出", "34.27", "34.27", "34.27", "", "")
        .Row("210", "卫生健康支出", "836.65", "427.72", "333.20", "94.52", "408.93")
        .Row("21011", "行政事业单位医疗", "40.13", "40.13", "40.13", "0.00", "")
        .Row("2101101", "行政单位医疗", "7.56", "7.56", "7.56", "", "")
        .Row("2101102", "事业单位医疗", "9.57", "9.57", "9.57", "", "")
        .Row("2101103", "公务员医疗补助", "22.99", "22.99", "22.99", "", "")
        .Row("21015", "医疗保障管理事务", "796.52", "387.59", "293.07", "94.52", "408.93")
        .Row("2101501", "行政运行", "234.61", "234.61", "140.10", "94.52", "")
        .Row("2101502", "一般行政管理事务", "89.01", "", "", "", "89.01")
        .Row("2101506", "医疗保障经办事务", "319.92", "", "", "", "319.92")
        .Row("2101550", "事业运行", "152.98", "152.98", "152.98", "", "")
        .Row("221", "住房保障支出", "62.77", "62.77", "62.77", "", "")
        .Row("22102", "住房改革支出", "62.77", "62.77", "62.77", "", "")
        .Row("2210201", "住房公积金", "38.77", "38.77", "38.77", "", "")
        .Row("2210202", "提租补贴", "6.69", "6.69", "6.69", "", "")
        .Row("2210203", "购房补贴", "17.30", "17.30", "17.30", "", ""))
    .Build();

var catalog = CatalogSet.BuiltIn.Functional(disclosure.CatalogEdition);
var exact = 0;
var rounding = 0;
var errors = 0;
foreach (var table in disclosure.Tables)
{
    Console.WriteLine($"{table.Id} {table.Definition.NameZh} — {table.Rows.Count} rows, {table.Precision}");
    foreach (var row in table.Rows)
    {
        if (row.Key.FunctionalCode is { } code && row.Label is { } label && !catalog.NameMatches(code, label))
        {
            Console.WriteLine($"  catalog: {code} printed '{label}', 2026 catalog has '{catalog.NameOf(code) ?? "(not listed)"}'");
        }

        if (!table.HasChildren(row.Key))
        {
            continue;
        }

        foreach (var column in table.Definition.Columns.Where(c => c.Kind == ColumnKind.Amount))
        {
            var printed = table.GetValue(row.Key, column.Id);
            var children = table.ChildrenOf(row.Key).Select(r => table.GetValue(r.Key, column.Id)).OfType<ReportedValue>().ToList();
            if (printed is null && children.Count == 0)
            {
                continue;
            }

            var parent = printed?.Interval ?? AmountInterval.Point(Amount.Zero);
            var sum = children.Aggregate(AmountInterval.Point(Amount.Zero), (acc, v) => acc + v.Interval);
            var exactSum = children.Aggregate(Amount.Zero, (acc, v) => acc + v.Value);
            var printedValue = printed?.Value ?? Amount.Zero;
            if (exactSum == printedValue)
            {
                exact++;
            }
            else if (parent.Intersects(sum))
            {
                rounding++;
                Console.WriteLine($"  尾差 {table.Id}[{row.Key},{column.Id}]: printed {printedValue.ToString("NW2", CultureInfo.InvariantCulture)}, parts add to {exactSum.ToString("NW2", CultureInfo.InvariantCulture)} (within rounding)");
            }
            else
            {
                errors++;
                Console.WriteLine($"  ERROR {table.Id}[{row.Key},{column.Id}]: printed {printedValue.ToString("NW2", CultureInfo.InvariantCulture)}, parts add to {exactSum.ToString("NW2", CultureInfo.InvariantCulture)}, off by {parent.DistanceTo(sum).ToString("NW2", CultureInfo.InvariantCulture)} beyond rounding");
            }
        }
    }
}

Console.WriteLine($"roll-ups: {exact} exact, {rounding} within rounding (尾差), {errors} inconsistent");
return errors == 0 ? 0 : 1;
