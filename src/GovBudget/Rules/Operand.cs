using GovBudget.Amounts;
using GovBudget.Collections;

namespace GovBudget.Rules;

/// <summary>One side of a comparison: the sum of printed values, the interval of exact values it stands for, and the cells.</summary>
/// <param name="Printed">The sum of the printed values (blank cells count as zero).</param>
/// <param name="Interval">The interval of exact sums.</param>
/// <param name="Contributors">The cells that took part.</param>
public sealed record Operand(Amount Printed, AmountInterval Interval, EquatableArray<Contributor> Contributors)
{
    /// <summary><see langword="true"/> when at least one contributing cell has a printed value.</summary>
    public bool HasValue => Contributors.Any(c => c.Value is not null);

    /// <summary>An operand of one reported value.</summary>
    public static Operand Of(ReportedValue? value, Contributor contributor)
        => value is { } v
            ? new Operand(v.Value, v.Interval, EquatableArray.Create(contributor))
            : new Operand(Amount.Zero, AmountInterval.Point(Amount.Zero), EquatableArray.Create(contributor));

    /// <summary>The sum of operands.</summary>
    public static Operand Sum(IEnumerable<(bool Negative, Operand Operand)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var printed = Amount.Zero;
        var interval = AmountInterval.Point(Amount.Zero);
        var contributors = new List<Contributor>();
        foreach (var (negative, operand) in parts)
        {
            printed = negative ? printed - operand.Printed : printed + operand.Printed;
            interval = negative ? interval - operand.Interval : interval + operand.Interval;
            contributors.AddRange(operand.Contributors);
        }

        return new Operand(printed, interval, contributors.ToEquatableArray());
    }
}
