using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.TableSets;

namespace GovBudget.Rendering.Internal;

/// <summary>Finds the figures of the published 图1–图4 in a disclosure.</summary>
internal static class ChartData
{
    public static List<Chart> For(Disclosure disclosure, Labels labels)
    {
        var charts = new List<Chart>();
        var settlement = disclosure.Kind == DisclosureKind.Settlement;
        var set = disclosure.TableSet;
        var totals = Cells(set, TableRoles.IncomeTotal, TableRoles.ExpenditureTotal);
        AddChange(charts, disclosure, "图1", labels.Z(settlement ? "收、支决算总计变动情况" : "收、支预算总计变动情况", "Change of total income and expenditure"), totals, labels);

        var income = IncomeStructure(disclosure);
        if (income.Count > 0)
        {
            charts.Add(new Chart("图2", labels.Z(settlement ? "收入决算结构" : "收入预算结构", "Income structure"), true, income));
        }

        var expenditure = ExpenditureStructure(disclosure);
        if (expenditure.Count > 0)
        {
            charts.Add(new Chart("图3", labels.Z(settlement ? "支出决算结构" : "支出预算结构", "Expenditure structure"), true, expenditure));
        }

        var appropriation = Cells(set, TableRoles.AppropriationIncomeTotal, TableRoles.AppropriationExpenditureTotal);
        AddChange(charts, disclosure, "图4", labels.Z(settlement ? "财政拨款收、支决算总计变动情况" : "财政拨款收、支预算总计变动情况", "Change of total fiscal appropriations"), appropriation, labels);
        return charts;
    }

    /// <summary>The cells that play the given roles in the set, in order, skipping roles the set does not have.</summary>
    private static List<CellAddress> Cells(TableSet set, params string[] roles)
        => [.. roles.Select(set.CellFor).OfType<CellAddress>()];

    /// <summary>A bar chart of last year's and this year's total, where this year's is printed and last year's known.</summary>
    private static void AddChange(List<Chart> charts, Disclosure disclosure, string number, string title, IEnumerable<CellAddress> candidates, Labels labels)
    {
        (CellAddress Address, ReportedValue Value)? current = null;
        foreach (var address in candidates)
        {
            if (disclosure.GetValue(address) is not { } value)
            {
                continue;
            }

            current ??= (address, value);
            if (PriorValue(disclosure, address) is { } prior)
            {
                charts.Add(new Chart(number, title, false, [(Year(disclosure.Year - 1, labels), prior), (Year(disclosure.Year, labels), value)]));
                return;
            }
        }

        if (current is { } only)
        {
            charts.Add(new Chart(number, title, false, [(Year(disclosure.Year, labels), only.Value)]));
        }
    }

    private static string Year(int year, Labels labels) => Numbers.Format(year) + labels.Z(" 年", string.Empty);

    private static ReportedValue? PriorValue(Disclosure disclosure, CellAddress address)
    {
        foreach (var prior in disclosure.PriorFigures)
        {
            if (prior.Address == address && prior.Year == disclosure.Year - 1)
            {
                return prior.Value;
            }
        }

        foreach (var statement in disclosure.Statements)
        {
            if (statement.Kind != StatementKind.Change || statement.Source != address)
            {
                continue;
            }

            if (statement.Base is { } b)
            {
                return b;
            }

            if (statement is { Value: { } v, Difference: { } d })
            {
                return Figure(v.Value, d.Value, d.Precision.Step <= v.Precision.Step ? d.Precision : v.Precision);
            }
        }

        return null;
    }

    private static List<(string, ReportedValue)> IncomeStructure(Disclosure disclosure)
    {
        var table = disclosure.FindTableByRole(TableRoles.IncomeExpenditure);
        if (table is null)
        {
            return [];
        }

        var result = new List<(string, ReportedValue)>();
        foreach (var row in table.Rows)
        {
            var line = table.Definition.FindLine(row.Key);
            if (line?.Side != "收入")
            {
                continue;
            }

            if (line.Label.Contains("合计", StringComparison.Ordinal) || line.Label.Contains("总计", StringComparison.Ordinal))
            {
                break;
            }

            if (IsSubLine(line))
            {
                continue; // a part of the line above it (1. 一般公共预算资金 under 一、财政拨款收入): counted there
            }

            if (row.Cells[0].Amount is { } amount && amount > Amount.Zero)
            {
                result.Add((line.Label, Figure(amount, table.Precision)));
            }
        }

        return result;
    }

    /// <summary>A line printed as a part of the line before it: a dotted key (本年收入.一般公共预算拨款) or an arabic ordinal (1. …, (1) …).</summary>
    private static bool IsSubLine(LineDefinition line)
        => line.Key.Text?.Contains('.', StringComparison.Ordinal) == true
            || (line.Label.Length > 1 && (char.IsAsciiDigit(line.Label[0]) || (line.Label[0] is '(' or '（' && char.IsAsciiDigit(line.Label[1]))));

    private static List<(string, ReportedValue)> ExpenditureStructure(Disclosure disclosure)
    {
        var table = disclosure.FindTableByRole(TableRoles.ExpenditureByFunction);
        if (table is null)
        {
            return [];
        }

        var result = new List<(string, ReportedValue)>();
        var columns = table.Definition.Columns;
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            if (column.Kind != ColumnKind.Amount || column.Id.Contains("合计", StringComparison.Ordinal))
            {
                continue;
            }

            Amount? value = table.TryGetRow(RowKey.Total, out var total) ? total.Cells[c].Amount
                : table.IsIncomplete ? Stated(disclosure, column.NameZh)
                : Sum(table.Rows.Where(TableGrids.IsClass).Select(r => r.Cells[c].Amount));
            if (value is { } v && v > Amount.Zero)
            {
                result.Add((column.NameZh, Figure(v, table.Precision)));
            }
        }

        return result;
    }

    /// <summary>The figure the text states for a part (基本支出 418 万元, 占本年支出 41.68%), used when the table lost its 合计 row.</summary>
    private static Amount? Stated(Disclosure disclosure, string subject)
        => disclosure.Statements.FirstOrDefault(s => s.Kind == StatementKind.Share && s.Subject == subject && s.Value is not null)?.Value?.Value;

    /// <summary>The sum of the values; <see langword="null"/> when there are none or the sum leaves the range of amounts.</summary>
    private static Amount? Sum(IEnumerable<Amount?> values)
    {
        decimal? sum = null;
        foreach (var value in values)
        {
            if (value is { } v)
            {
                sum = (sum ?? 0m) + v.Ticks;
            }
        }

        return sum is >= long.MinValue and <= long.MaxValue ? Amount.FromTicks((long)sum.Value) : null;
    }

    /// <summary>
    /// <paramref name="value"/> as a figure at <paramref name="precision"/>, or at the finest precision of the same
    /// unit (then in 元) when the value is finer: a chart shows whatever the document states, at any precision.
    /// </summary>
    private static ReportedValue Figure(Amount value, Precision precision)
    {
        if (value.IsMultipleOf(precision))
        {
            return new ReportedValue(value, precision);
        }

        var finest = new Precision(precision.Unit, precision.Unit.Exponent() + Amount.YuanScale);
        return new ReportedValue(value, value.IsMultipleOf(finest) ? finest : new Precision(AmountUnit.Yuan, Amount.YuanScale));
    }

    /// <summary><paramref name="value"/> − <paramref name="difference"/> as a figure, or <see langword="null"/> when it leaves the range of amounts.</summary>
    private static ReportedValue? Figure(Amount value, Amount difference, Precision precision)
    {
        var result = (decimal)value.Ticks - difference.Ticks;
        return result is >= long.MinValue and <= long.MaxValue ? Figure(Amount.FromTicks((long)result), precision) : null;
    }
}
