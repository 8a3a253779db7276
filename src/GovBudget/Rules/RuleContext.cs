using System.Globalization;
using GovBudget.Amounts;
using GovBudget.Collections;
using GovBudget.Disclosures;
using GovBudget.Rules.Formulas;
using GovBudget.Tables;

namespace GovBudget.Rules;

/// <summary>What a rule sees while it runs: the disclosure and the options, and the shared comparison logic that turns a
/// difference into a finding with 尾差 semantics.</summary>
public sealed class RuleContext
{
    /// <summary>Creates a context.</summary>
    public RuleContext(Disclosure disclosure, ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(options);
        Disclosure = disclosure;
        Options = options;
        Joint = options.JointRounding && !options.Strict ? new Rounding.RelationLog() : null;
    }

    /// <summary>The relations compared during this run, for the joint 尾差 decision; null when it is off.</summary>
    internal Rounding.RelationLog? Joint { get; }

    /// <summary>The disclosure being validated.</summary>
    public Disclosure Disclosure { get; }

    /// <summary>The options.</summary>
    public ValidationOptions Options { get; }

    /// <summary>Buffers the built-in rules reuse during this run.</summary>
    internal RuleScratch Scratch { get; } = new();

    /// <summary>What rules could not check during this run (empty when everything could be checked).</summary>
    internal IReadOnlyList<NotChecked> NotCheckedList => Scratch.NotCheckedSoFar;

    /// <summary>Records that <paramref name="rule"/> could not check a relation (once per rule, table, column and reason).</summary>
    public void ReportNotChecked(Rule rule, string tableId, string? columnId, NotCheckedReason reason)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(tableId);
        var entry = new NotChecked(rule.Id, tableId, columnId, reason);
        if (!Scratch.NotChecked.Contains(entry))
        {
            Scratch.NotChecked.Add(entry);
        }
    }

    /// <summary>Records that <paramref name="rule"/> could not check the relation at <paramref name="location"/> (once per rule, cell and reason).</summary>
    public void ReportNotChecked(Rule rule, CellAddress location, NotCheckedReason reason)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var entry = new NotChecked(rule.Id, location.TableId, location.ColumnId, reason) { Row = location.Row };
        if (!Scratch.NotChecked.Contains(entry))
        {
            Scratch.NotChecked.Add(entry);
        }
    }

    /// <summary>The operand of one cell (blank or missing cells give zero and are marked).</summary>
    public Operand Cell(CellAddress address)
    {
        var table = Disclosure.FindTable(address.TableId);
        // A column the table does not have, or does not print, is unknown (IsUnknown), never zero.
        if (table is null || !table.Contains(address.Row) || table.Definition.FindColumn(address.ColumnId) is null || !table.IsPrinted(address.ColumnId))
        {
            return Operand.Of(null, new Contributor(address, null, Missing: true));
        }

        var value = table.GetValue(address.Row, address.ColumnId);
        return Operand.Of(value, new Contributor(address, value));
    }

    /// <summary>
    /// <see langword="true"/> when a contributor's value is unknown rather than blank: its row is missing from a table
    /// marked incomplete, or it is the 合计 row of a table that does not print one.
    /// </summary>
    public bool IsUnknown(Contributor contributor)
    {
        ArgumentNullException.ThrowIfNull(contributor);
        if (!contributor.Missing)
        {
            return false;
        }

        var table = Disclosure.FindTable(contributor.Address.TableId);
        return table is null || table.IsIncomplete || contributor.Address.Row.Kind == RowKeyKind.Total || !table.IsPrinted(contributor.Address.ColumnId);
    }

    /// <summary>
    /// Compares two operands and returns a finding when the relation does not hold exactly: <see cref="Severity.Info"/>
    /// when rounding explains it (unless strict), the rule's severity otherwise; <see langword="null"/> when it holds.
    /// </summary>
    public Finding? Compare(Rule rule, CellAddress location, Operand actual, Operand expected, Relation relation = Relation.Equal, Precision? display = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        var holdsExactly = relation switch
        {
            Relation.GreaterOrEqual => actual.Printed >= expected.Printed,
            Relation.LessOrEqual => actual.Printed <= expected.Printed,
            _ => actual.Printed == expected.Printed,
        };
        if (holdsExactly)
        {
            if (Joint is { } joint && actual.Contributors.Count == 1 && expected.Contributors.Count == 1)
            {
                joint.Record(rule, location, actual, expected, relation, null); // a second printing of one quantity
            }

            return null;
        }

        var withinRounding = relation switch
        {
            Relation.GreaterOrEqual => actual.Interval.Upper >= expected.Interval.Lower,
            Relation.LessOrEqual => actual.Interval.Lower <= expected.Interval.Upper,
            _ => actual.Interval.Intersects(expected.Interval),
        };
        var excess = relation switch
        {
            Relation.GreaterOrEqual => withinRounding ? Amount.Zero : expected.Interval.Lower - actual.Interval.Upper,
            Relation.LessOrEqual => withinRounding ? Amount.Zero : actual.Interval.Lower - expected.Interval.Upper,
            _ => actual.Interval.DistanceTo(expected.Interval),
        };
        var severity = SeverityFor(rule, withinRounding);
        var precision = display ?? FinestPrecision(actual, expected) ?? PrecisionOf(location);
        var difference = actual.Printed - expected.Printed;
        // "印为" shows one printed figure as it is printed (171.01万元), not converted to a finer unit of the other side.
        var printedAs = display is null && actual.Contributors is [{ Value: { } single }] ? single.Precision : precision;
        var op = relation switch { Relation.GreaterOrEqual => "≥", Relation.LessOrEqual => "≤", _ => "=" };
        var where = location.ToStringZh(Disclosure.FindTable(location.TableId));
        var zh = withinRounding
            ? $"{rule.DescriptionZh}：{where} 印为 {Show(actual.Printed, printedAs)}，按公式（{op}）应为 {Show(expected.Printed, precision)}，相差 {Show(difference, precision)}，在尾差范围内"
            : $"{rule.DescriptionZh}：{where} 印为 {Show(actual.Printed, printedAs)}，按公式（{op}）应为 {Show(expected.Printed, precision)}，相差 {Show(difference, precision)}，超出尾差 {Show(excess, precision)}";
        var en = withinRounding
            ? $"{rule.DescriptionEn}: {location} is printed as {Show(actual.Printed, printedAs)}; the formula ({op}) gives {Show(expected.Printed, precision)}, a difference of {Show(difference, precision)} within rounding"
            : $"{rule.DescriptionEn}: {location} is printed as {Show(actual.Printed, printedAs)}; the formula ({op}) gives {Show(expected.Printed, precision)}, a difference of {Show(difference, precision)}, {Show(excess, precision)} beyond rounding";
        var finding = new Finding(rule.Id, severity, location)
        {
            MessageZh = zh,
            MessageEn = en,
            Actual = actual.Printed,
            ActualInterval = actual.Interval,
            Expected = expected.Printed,
            ExpectedInterval = expected.Interval,
            Difference = difference,
            Excess = excess,
            WithinRounding = withinRounding,
            Contributors = actual.Contributors.Concat(expected.Contributors).ToEquatableArray(),
        };
        Joint?.Record(rule, location, actual, expected, relation, finding);
        return finding;
    }

    /// <summary>
    /// Checks a printed percentage against numerator ÷ denominator (× <paramref name="factor"/>): exact when the computed
    /// rate rounds to the printed one; within rounding when some exact values inside the operands' intervals give a rate
    /// inside the printed rate's interval.
    /// </summary>
    public Finding? CompareRate(Rule rule, CellAddress location, Percentage printed, Operand numerator, Operand denominator, string subjectZh, string subjectEn)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(numerator);
        ArgumentNullException.ThrowIfNull(denominator);
        if (denominator.Printed.IsZero && printed.Percent != 0m)
        {
            // A rate of a zero base has no value. "增长 100%" for a new item is how documents print it (an info finding);
            // any other rate of a zero base ("占比 56.2%" of 0) is a slip at the rule's severity.
            var conventional = printed.Percent == 100m;
            return new Finding(rule.Id, SeverityFor(rule, withinRounding: conventional), location)
            {
                MessageZh = conventional
                    ? $"{rule.DescriptionZh}：{subjectZh} 印为 {printed}，基数为 0，比率无定义（新增项目的惯常印法）"
                    : $"{rule.DescriptionZh}：{subjectZh} 印为 {printed}，但基数为 0，比率无定义",
                MessageEn = conventional
                    ? $"{rule.DescriptionEn}: {subjectEn} is printed as {printed}; the base is 0, so the rate is undefined (the usual way to print a new item)"
                    : $"{rule.DescriptionEn}: {subjectEn} is printed as {printed}, but the base is 0, so the rate is undefined",
                PrintedRate = printed,
                Contributors = numerator.Contributors.Concat(denominator.Contributors).ToEquatableArray(),
            };
        }

        if (denominator.Printed.IsZero || denominator.Interval.Lower.Sign <= 0)
        {
            return null; // No defined rate (a 0 or negative base): nothing to check.
        }

        var computed = (decimal)numerator.Printed.Ticks * 100m / denominator.Printed.Ticks;
        if (decimal.Round(computed, printed.Decimals, MidpointRounding.AwayFromZero) == printed.Percent)
        {
            return null;
        }

        var low = RatioBound(numerator.Interval.Lower, denominator.Interval, lower: true);
        var high = RatioBound(numerator.Interval.Upper, denominator.Interval, lower: false);
        var withinRounding = low <= printed.Upper && printed.Lower <= high;
        var severity = SeverityFor(rule, withinRounding);
        var shown = decimal.Round(computed, Math.Max(printed.Decimals, 2), MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + "%";
        var zh = withinRounding
            ? $"{rule.DescriptionZh}：{subjectZh} 印为 {printed}，按印出金额计算为 {shown}，在尾差范围内"
            : $"{rule.DescriptionZh}：{subjectZh} 印为 {printed}，按印出金额计算为 {shown}";
        var en = withinRounding
            ? $"{rule.DescriptionEn}: {subjectEn} is printed as {printed}; the printed amounts give {shown}, within rounding"
            : $"{rule.DescriptionEn}: {subjectEn} is printed as {printed}; the printed amounts give {shown}";
        var finding = new Finding(rule.Id, severity, location)
        {
            MessageZh = zh,
            MessageEn = en,
            WithinRounding = withinRounding,
            PrintedRate = printed,
            ComputedRate = computed,
            Contributors = numerator.Contributors.Concat(denominator.Contributors).ToEquatableArray(),
        };
        if (withinRounding && !Options.Strict)
        {
            Joint?.RecordRate(rule, numerator, denominator, printed, finding);
        }

        return finding;
    }

    /// <summary><see langword="true"/> when <see cref="CompareRate"/> would find nothing for these printed values.</summary>
    internal static bool RateHolds(Percentage printed, Amount numerator, ReportedValue denominator)
    {
        if (denominator.Value.IsZero || denominator.Interval.Lower.Sign <= 0)
        {
            return true;
        }

        var computed = (decimal)numerator.Ticks * 100m / denominator.Value.Ticks;
        return decimal.Round(computed, printed.Decimals, MidpointRounding.AwayFromZero) == printed.Percent;
    }

    /// <summary>
    /// <see langword="true"/> when <paramref name="printed"/> is <paramref name="numerator"/> ÷ <paramref name="denominator"/>
    /// within the rounding of the three printed figures (a positive base only): what <see cref="CompareRate"/> would
    /// accept or call 尾差, without recording anything.
    /// </summary>
    internal static bool RateFits(Percentage printed, ReportedValue numerator, ReportedValue denominator)
    {
        if (denominator.Value.Sign <= 0 || denominator.Interval.Lower.Sign <= 0)
        {
            return false;
        }

        var low = RatioBound(numerator.Interval.Lower, denominator.Interval, lower: true);
        var high = RatioBound(numerator.Interval.Upper, denominator.Interval, lower: false);
        return low <= printed.Upper && printed.Lower <= high;
    }

    /// <summary>What an out-of-range finding says, in Chinese: the figures are out of the checkable range.</summary>
    internal const string OutOfRangeZh = "数值超出可核对范围";

    /// <summary>
    /// The finding of a rule that stopped because a sum, difference or ratio of the printed figures left the range of
    /// <see cref="Amount"/> (±922,337,203,685,477.5807 元) or <see cref="decimal"/>: located at the 合计 row of the
    /// rule's first table, with the rule's severity.
    /// </summary>
    internal static Finding OutOfRange(Rule rule, RuleContext context)
    {
        var tableId = rule.Tables.Count > 0 ? rule.Tables[0] : string.Empty;
        var column = context.Disclosure.FindTable(tableId) is { Definition.Columns: [var first, ..] } ? first.Id : string.Empty;
        return new Finding(rule.Id, context.SeverityFor(rule, withinRounding: false), new CellAddress(tableId, RowKey.Total, column))
        {
            MessageZh = $"{rule.DescriptionZh}：{OutOfRangeZh}，其和、差或比率超出金额类型的表示范围，无法核对",
            MessageEn = $"{rule.DescriptionEn}: figures out of the checkable range; a sum, difference or ratio exceeds what an amount can hold, so the rule cannot check them",
        };
    }

    /// <summary>The printed value in ticks, zero for blank.</summary>
    internal static long TicksOf(ReportedValue? value) => value is { } v ? v.Value.Ticks : 0;

    /// <summary><paramref name="name"/> without white space; the same string when it has none (no allocation).</summary>
    internal static string WithoutWhiteSpace(string name)
    {
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                return string.Concat(name.Where(ch => !char.IsWhiteSpace(ch)));
            }
        }

        return name;
    }

    /// <summary>The severity of a finding of <paramref name="rule"/>, taking rounding, strict mode and overrides into account.</summary>
    public Severity SeverityFor(Rule rule, bool withinRounding)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (withinRounding && !Options.Strict)
        {
            return Severity.Info;
        }

        return Options.SeverityOverrides.TryGetValue(rule.Id, out var overridden) ? overridden : rule.Class.DefaultSeverity();
    }

    private static Precision? FinestPrecision(Operand actual, Operand expected)
    {
        Precision? finest = null;
        foreach (var value in actual.Contributors.Concat(expected.Contributors).Select(c => c.Value).OfType<ReportedValue>())
        {
            if (finest is null || value.Precision.StepTicks < finest.Value.StepTicks)
            {
                finest = value.Precision;
            }
        }

        return finest;
    }

    private Precision PrecisionOf(CellAddress location) => Disclosure.FindTable(location.TableId)?.Precision ?? Disclosure.Precision;

    private static string Show(Amount amount, Precision precision)
        => amount.ToString("N" + precision.FormatString, CultureInfo.InvariantCulture) + precision.Unit.Symbol();

    private static decimal RatioBound(Amount numerator, AmountInterval denominator, bool lower)
    {
        // Smallest ratio: smallest numerator over largest denominator when the numerator is non-negative (and vice versa).
        var d = numerator.Sign >= 0 == lower ? denominator.Upper : denominator.Lower;
        return d.IsZero ? (lower ? decimal.MinValue : decimal.MaxValue) : (decimal)numerator.Ticks * 100m / d.Ticks;
    }
}
